import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * A fresh clone is the whole product: nothing may read a folder beside the repository (the demo boundaries once
 * came from one). The boundaries ship in data/boundaries; this fails on any path that steps out to the sibling
 * folder. The string is built from parts so this file does not match itself.
 */
const FORBIDDEN = ['..', 'shared'].join('/');
const root = resolve(__dirname, '../../..');
const FOLDERS = ['apps', 'libs', 'tools', 'data'];
const ROOT_FILES = ['README.md', 'package.json', 'nx.json', 'jest.config.cjs', 'eslint.config.mjs', 'tsconfig.base.json', 'Dockerfile', 'docker-compose.yml', '.ci/run'];
const SKIPPED = new Set(['node_modules', 'dist', 'tmp', '.nx', '.data', 'test-results', 'playwright-report', 'coverage']);

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

describe('no file reads the folder beside the repository', () => {
  it(`finds "${FORBIDDEN}" in no file under ${FOLDERS.join('/, ')}/ or the root's configuration`, () => {
    const paths = [...FOLDERS.flatMap((folder) => [...files(join(root, folder))]), ...ROOT_FILES.map((f) => join(root, f))];
    const offending: string[] = [];
    let read = 0;
    for (const path of paths) {
      let data: Buffer;
      try {
        data = readFileSync(path);
      } catch {
        continue;
      }
      // Binary files (the compressed boundaries, images) hold no paths.
      if (data.subarray(0, 8000).includes(0)) continue;
      read++;
      const text = data.toString('utf8');
      if (!text.includes(FORBIDDEN)) continue;
      const lines = text.split('\n').flatMap((line, i) => (line.includes(FORBIDDEN) ? [i + 1] : []));
      offending.push(`${relative(root, path)}:${lines.join(',')}`);
    }
    expect(read).toBeGreaterThan(500);
    expect(offending).toEqual([]);
  });
});
