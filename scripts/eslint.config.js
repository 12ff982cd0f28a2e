// ESLint flat config. It lives in scripts/ because the repository's top level is fixed;
// `npm run lint` passes it with -c. Paths below are relative to the repository root.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const featuresDir = fileURLToPath(new URL('../src/features', import.meta.url));
const features = readdirSync(featuresDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * Imports flow lib → data → tracker → components → features → app; features never import each
 * other. The tracker is the domain model every view reads (docs/architecture.md).
 */
const layerRules = [
  {
    files: ['src/lib/**'],
    forbidden: ['@/data', '@/tracker', '@/components', '@/features', '@/app'],
  },
  { files: ['src/data/**'], forbidden: ['@/tracker', '@/components', '@/features', '@/app'] },
  { files: ['src/tracker/**'], forbidden: ['@/components', '@/features', '@/app'] },
  { files: ['src/components/**'], forbidden: ['@/features', '@/app'] },
  { files: ['src/features/**'], forbidden: ['@/app'] },
].map(({ files, forbidden }) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: forbidden.flatMap((layer) => [layer, `${layer}/**`]),
            message:
              'Imports flow lib → data → tracker → components → features → app (docs/architecture.md).',
          },
        ],
      },
    ],
  },
}));

const featureRules = features.map((feature) => ({
  files: [`src/features/${feature}/**`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['@/app', '@/app/**'],
            message: 'Features never import the app layer.',
          },
          {
            group: features
              .filter((other) => other !== feature)
              .flatMap((other) => [
                `@/features/${other}`,
                `@/features/${other}/**`,
                `**/features/${other}/**`,
                `../../${other}/**`,
                `../${other}/**`,
              ]),
            message: `Features never import each other: move what ${feature} shares down to components/, data/ or lib/.`,
          },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'coverage/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'tests/e2e/.output/**',
      '.bench/**',
      '.out/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    ignores: ['tests/e2e/**'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No raw HTML: every string from a dataset renders as text (docs/security.md).',
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs,ts}', 'tests/e2e/**/*.ts', 'vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  ...layerRules,
  ...featureRules,
);
