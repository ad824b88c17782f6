/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// The service worker keeps the app shell (HTML, JS, CSS, icons, translations) for offline use.
// It never caches /api answers: the app keeps its own small, per-user snapshot of what must stay
// readable offline (upcoming shifts, the next payout day) and deletes it on sign-out.
export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: null,
      manifest: {
        name: 'Vertaistyö',
        short_name: 'Vertaistyö',
        description: 'Vuorot, toimintaraha ja koulutus',
        lang: 'fi',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#2a6ebb',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/health\//, /^\/q\//, /^\/calendar\//],
        runtimeCaching: [
          { urlPattern: ({ url }) => url.pathname === '/config.json', handler: 'NetworkFirst',
            options: { cacheName: 'vt-config', networkTimeoutSeconds: 3 } },
        ],
      },
    }),
  ],
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 200 },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
