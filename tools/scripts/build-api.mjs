// Compiles the API and the shared libs it imports with SWC (decorator metadata included) into dist/apps/api,
// rewriting the @jangkau/* path aliases to relative requires. Type checking is `npm run typecheck`'s job.
import { transformFile } from '@swc/core';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
// API_BUILD_DIR: another folder inside the repository (node_modules must be found above it), e.g. for a test that
// starts API processes of its own while another build is used elsewhere.
const out = process.env.API_BUILD_DIR ? resolve(root, process.env.API_BUILD_DIR) : join(root, 'dist/apps/api');
const sources = ['apps/api/src', 'libs/shared/domain/src'];
const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));
const paths = Object.fromEntries(
  Object.entries(tsconfig.compilerOptions.paths)
    .filter(([alias]) => alias.startsWith('@jangkau/shared-'))
    .map(([alias, [target]]) => [alias, [join(root, target)]]),
);

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return /\.ts$/.test(name) && !/\.spec\.ts$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

const started = Date.now();
rmSync(out, { recursive: true, force: true });
const files = sources.flatMap((s) => walk(join(root, s)));
await Promise.all(
  files.map(async (file) => {
    const { code, map } = await transformFile(file, {
      swcrc: false,
      sourceMaps: true,
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        baseUrl: root,
        paths,
        keepClassNames: true,
      },
      // ignoreDynamic keeps `import()` as a real dynamic import, so ES-only packages load from this CommonJS build.
      module: { type: 'commonjs', ignoreDynamic: true },
    });
    const target = join(out, relative(root, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `${code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
    if (map) writeFileSync(`${target}.map`, map);
  }),
);
console.log(`api: compiled ${files.length} files to ${relative(root, out)} in ${Date.now() - started} ms`);
