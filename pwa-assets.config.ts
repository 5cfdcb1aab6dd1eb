import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

/** Every icon (192, 512, maskable, Apple, favicon) is made from the one logo at build time. */
export default defineConfig({
  headLinkOptions: { preset: '2023' },
  preset: minimal2023Preset,
  images: ['client/public/logo.svg'],
});
