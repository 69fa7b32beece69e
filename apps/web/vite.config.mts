import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const root = resolve(import.meta.dirname, '../..');
const { paths } = JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8')).compilerOptions as {
  paths: Record<string, string[]>;
};
/** The header's teal (styles.css --teal): the installed app's title bar and splash screen. */
const THEME = '#0f766e';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [
    react(),
    // Installable, and opens offline (README "Offline"). The service worker precaches the app shell and every
    // route's chunk, answers navigations from the cached index.html, and never touches the API: data is per person,
    // so no API answer is cached by it (the app keeps its own per-person copy in IndexedDB, see offline-answers.ts).
    VitePWA({
      // Registered by the app itself (apps/web/src/pwa/register.ts): after the page has loaded, with an update prompt.
      injectRegister: false,
      registerType: 'prompt',
      manifest: {
        id: '/',
        name: 'Jangkau',
        short_name: 'Jangkau',
        description: 'Koordinasi sosialisasi pencegahan TPPO dan TPPM: kegiatan, desa binaan, dan cakupan wilayah, juga saat luring.',
        lang: 'id',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: THEME,
        background_color: '#f8fafc',
        categories: ['government', 'productivity'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Every route's lazy chunk, not only the first page's: a page never opened online must still open offline.
        // Source maps stay out (they are for developers, and large). The manifest and its icons are added by the
        // plugin itself (listing them here too would precache each twice).
        globPatterns: ['**/*.{js,css,html,svg}'],
        globIgnores: ['**/*.map'],
        // The map page's chunk (Leaflet and its layers) is the largest; it must fit too.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: '/index.html',
        // The API's own paths are never answered with the app: a GraphQL POST, a file download or a health probe
        // reaching the network (or failing) is what the caller must see.
        navigateFallbackDenylist: [/^\/graphql/, /^\/api(\/|$)/, /^\/health/],
        // No runtime caching at all: only the build's own files are cached.
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        // The first service worker takes the open page at once (offline works without a second visit); a newer one
        // waits until the person chooses "Muat ulang" (UpdatePrompt), so no page is swapped under their typing.
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
  ],
  // The @jangkau/* libs resolve to their sources, exactly as tsconfig.base.json says.
  resolve: {
    alias: Object.fromEntries(
      Object.entries(paths).map(([alias, [target]]) => {
        if (target === undefined) throw new Error(`tsconfig.base.json gives no path for ${alias}`);
        return [alias, resolve(root, target)];
      }),
    ),
  },
  build: { outDir: resolve(root, 'dist/apps/web'), emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 800 },
  server: { port: 4200, proxy: { '/graphql': { target: 'http://localhost:3000', ws: true }, '/health': 'http://localhost:3000', '/api': 'http://localhost:3000' } },
});
