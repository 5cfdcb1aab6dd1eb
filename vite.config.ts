import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import solid from 'vite-plugin-solid';
import { precompress } from './scripts/precompress';

export default defineConfig({
  root: 'client',
  publicDir: 'public',
  plugins: [
    solid(),
    VitePWA({
      // The app asks before it reloads into a new version, and never while questions wait to be sent.
      registerType: 'prompt',
      injectRegister: null,
      pwaAssets: { config: '../pwa-assets.config.ts', overrideManifestIcons: true },
      manifest: {
        name: 'Ortstermin',
        short_name: 'Ortstermin',
        description: 'Programm, Stände, Fragen und Durchsagen für den Veranstaltungstag – auch ohne Netz.',
        lang: 'de',
        theme_color: '#0b5563',
        background_color: '#f7f5f0',
        display: 'standalone',
        start_url: '/',
        scope: '/',
      },
      workbox: {
        // The plugin adds the web manifest itself; globbing it too makes a conflicting second entry.
        globPatterns: ['**/*.{js,css,html,svg,png,ico}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/socket\.io\//],
        cleanupOutdatedCaches: true,
        importScripts: ['/notificationClick.js'],
        runtimeCaching: [
          {
            // The floor plan's image: a stored file by its hash (never changes), kept once loaded so the
            // map shows it offline. Only images: the DGS video is never kept (hundreds of MB, ranges).
            urlPattern: ({ url, request }) => request.destination === 'image' && /\/api\/blobs\/[0-9a-f]{64}$/.test(url.pathname),
            handler: 'CacheFirst',
            options: { cacheName: 'ortstermin-plan-images', expiration: { maxEntries: 8 }, cacheableResponse: { statuses: [200] } },
          },
        ],
      },
    }),
    precompress(),
  ],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    target: 'es2020',
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      '/socket.io': { target: 'http://localhost:3000', ws: true },
    },
  },
});
