import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
// Tests read zod's English messages as a reader does once they are loaded (load-dataset.ts).
import '@/data/zod-messages';
import { afterEach } from 'vitest';

// Most tests run under Node (model and data code); component tests opt into jsdom with a
// `// @vitest-environment jsdom` line, and only they need the DOM cleaned between tests.
const hasDom = typeof document !== 'undefined';
const { cleanup } = hasDom ? await import('@testing-library/react') : { cleanup: () => {} };

afterEach(() => {
  cleanup();
  if (hasDom) localStorage.clear();
});
