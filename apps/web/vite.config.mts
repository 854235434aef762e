import optimizeLocales from '@react-aria/optimize-locales-plugin';
import { defineConfig } from 'vite';

/**
 * The web app. `npm run build:web` writes apps/web/dist, which the API serves at /;
 * `npm run dev:web` serves it with reloading and sends GraphQL (and its WebSocket) to a running
 * API (API_URL, default http://localhost:3000).
 */
export default defineConfig({
  root: import.meta.dirname,
  oxc: { jsx: { runtime: 'automatic' } },
  // React Aria ships its controls' words in 34 languages; the app speaks two.
  plugins: [optimizeLocales.vite({ locales: ['en', 'es'] })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Every asset is a file of our origin: the API's Content-Security-Policy allows nothing else.
    assetsInlineLimit: 0,
    target: 'es2022',
    rolldownOptions: {
      // React Router marks its modules "use client" for server components; a browser bundle has no use for it.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    proxy: {
      '/graphql': { target: process.env.API_URL ?? 'http://localhost:3000', ws: true, changeOrigin: false },
      '/calendar': { target: process.env.API_URL ?? 'http://localhost:3000' },
      '/reports': { target: process.env.API_URL ?? 'http://localhost:3000' },
    },
  },
});
