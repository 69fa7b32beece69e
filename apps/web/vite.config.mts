import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '../..');
const { paths } = JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8')).compilerOptions as {
  paths: Record<string, string[]>;
};

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  // The @jangkau/* libs resolve to their sources, exactly as tsconfig.base.json says.
  resolve: { alias: Object.fromEntries(Object.entries(paths).map(([alias, [target]]) => [alias, resolve(root, target)])) },
  build: { outDir: resolve(root, 'dist/apps/web'), emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 800 },
  server: { port: 4200, proxy: { '/graphql': { target: 'http://localhost:3000', ws: true }, '/health': 'http://localhost:3000', '/api': 'http://localhost:3000' } },
});
