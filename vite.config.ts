/// <reference types="vitest/config" />
import { relative } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import pageHeadMessages from './src/components/ui/page-head-messages.json' with { type: 'json' };
import { policyForEnvironment, withMetaPolicy } from './scripts/csp.mjs';

/**
 * Writes the Content-Security-Policy into the built index.html's <meta>, from scripts/csp.mjs:
 * `connect-src` is this origin plus the origins in DATASET_ORIGINS (none by default), the hosts
 * `?data=` may load a dataset from in this deployment. A wrong setting fails the build, naming
 * it. The server sends the built page's policy as its header (scripts/serve.mjs), and the app
 * reads it to refuse other hosts with a message (src/data/dataset-hosts.ts): one setting, one
 * policy. docs/security.md, README (Deploy).
 */
function contentSecurityPolicyFromEnvironment(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => withMetaPolicy(html, policyForEnvironment(process.env)),
    },
  };
}

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

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * Gives each list page its own static HTML: index.html's shell with the page's heading and
 * introduction (in Chinese, the default language) above the skeleton, exactly as the app's
 * loading state renders them (LoadingScreen with PageHead). `/` gets the overview's in
 * index.html, `/projects` and the others a `<page>/index.html` (static hosts serve a folder's
 * index.html), so the first paint already says where the reader is and React's first render
 * replaces it with the same thing. Every other route (detail pages, unknown paths) is served the
 * generic shell, `200.html`: the SPA fallback (README, Deploy).
 */
function withPageHead(html: string, title: string, intro: string): string {
  const start = html.indexOf('<div class="loading"');
  const end = html.indexOf('</main>', start);
  if (start < 0 || end < 0) throw new Error('index.html has no loading skeleton inside <main>');
  const skeleton = html.slice(start, end).trimEnd();
  return `${html.slice(0, start)}<div class="page"><h1>${escapeHtml(title)}</h1><p class="page-intro">${escapeHtml(intro)}</p>${skeleton}</div>\n        ${html.slice(end)}`;
}

function prerenderPageHeads(): Plugin {
  const zh = pageHeadMessages.zh;
  const pages = {
    '': [zh.overviewTitle, zh.overviewIntro],
    projects: [zh.projectsTitle, zh.projectsIntro],
    targets: [zh.targetsTitle, zh.targetsIntro],
    figures: [zh.figuresTitle, zh.figuresIntro],
    districts: [zh.districtsTitle, zh.districtsIntro],
    sources: [zh.sourcesTitle, zh.sourcesIntro],
  } as const;
  return {
    name: 'prerender-page-heads',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset') return;
      const html = String(index.source);
      this.emitFile({ type: 'asset', fileName: '200.html', source: html });
      for (const [page, [title, intro]] of Object.entries(pages)) {
        const source = withPageHead(html, title, intro);
        if (page === '') index.source = source;
        else this.emitFile({ type: 'asset', fileName: `${page}/index.html`, source });
      }
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicyFromEnvironment(),
    devWithoutCsp(),
    chunkModules(),
    prerenderPageHeads(),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // zod's core, its mini API and our schema in one chunk, the validator's: zod's English
        // messages (src/data/zod-messages.ts, loaded only for a dataset that fails) import from
        // it instead of splitting zod into a third chunk the first page would also load.
        codeSplitting: {
          groups: [
            {
              name: 'schema',
              test: /node_modules[\\/]zod[\\/]v4[\\/](core|mini)[\\/]|src[\\/]data[\\/](schema|zod-config)\.ts/,
            },
          ],
        },
      },
    },
    sourcemap: false,
    reportCompressedSize: false,
  },
  server: { port: 5173 },
  test: {
    environment: 'node',
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
