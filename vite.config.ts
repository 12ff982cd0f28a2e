/// <reference types="vitest/config" />
import { relative } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The Content-Security-Policy lives in index.html so it holds on any static host.
 * Vite's dev server injects an inline React Refresh preamble, which that policy
 * (rightly) forbids, so the dev server alone serves the page without the meta tag.
 */
function devWithoutCsp(): Plugin {
  return {
    name: 'dev-without-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>\s*/i, ''),
  };
}

/**
 * Writes .vite/chunk-modules.json: for every JS chunk, its modules (paths relative to the
 * repository) and their rendered sizes. The bundle budgets (scripts/budgets.mjs) use it to tell
 * chart code from the rest in the files the browser actually loads.
 */
function chunkModules(): Plugin {
  const root = fileURLToPath(new URL('.', import.meta.url));
  return {
    name: 'chunk-modules',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((item) =>
        item.type === 'chunk'
          ? [
              {
                file: item.fileName,
                isEntry: item.isEntry,
                isDynamicEntry: item.isDynamicEntry,
                imports: item.imports,
                dynamicImports: item.dynamicImports,
                modules: Object.entries(item.modules).map(([id, info]) => ({
                  id: relative(root, id.replace(/^\0/, '')).replaceAll('\\', '/'),
                  renderedLength: info.renderedLength,
                })),
              },
            ]
          : [],
      );
      this.emitFile({
        type: 'asset',
        fileName: '.vite/chunk-modules.json',
        source: JSON.stringify(chunks, null, 1),
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), devWithoutCsp(), chunkModules()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
  server: { port: 5173 },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: [
      'src/**/*.test.{ts,tsx}',
      'tests/unit/**/*.test.{ts,tsx}',
      'tests/fixtures/**/*.test.ts',
      'scripts/**/*.test.mjs',
    ],
    restoreMocks: true,
    testTimeout: 20_000,
  },
});
