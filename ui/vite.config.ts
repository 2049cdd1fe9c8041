/// <reference types="vitest/config" />
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The Tauri shell loads `dist/` (see src-tauri/tauri.conf.json). Its CSP allows only
// 'self' scripts and styles, so nothing may be inlined into index.html.
export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  resolve: {
    alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) },
  },
  clearScreen: false,
  server: {
    port: 5173,
    strictPort: true,
    // The fake backend (tests and `--mode mock` only) reads two of the real built-in packs.
    fs: {
      allow: [
        fileURLToPath(new URL('.', import.meta.url)),
        fileURLToPath(new URL('../assets/packs/builtin', import.meta.url)),
        // node_modules may be a link to another checkout's (a git worktree); the test
        // setup files are served from where it really is.
        realpathSync(fileURLToPath(new URL('./node_modules', import.meta.url))),
      ],
    },
  },
  preview: { port: 4173, strictPort: true },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Keep every asset a separate file: a `data:` or inline asset would still be allowed
    // by the CSP for images, but scripts and styles must never be inlined.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'safari15',
    rollupOptions: {
      treeshake: {
        // The generated bindings import `type WebviewWindow`, which `verbatimModuleSyntax`
        // keeps as a bare import: without this, all of the window API (~20 kB) ships unused.
        moduleSideEffects: (id: string) => !/@tauri-apps[\\/]api[\\/](webviewWindow|window|webview)\.js$/.test(id),
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    // Whole screens driven key by key: on a busy 2-core machine one test can pass 5 s.
    testTimeout: 15_000,
  },
});
