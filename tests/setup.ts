import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
// Tests read zod's English messages as a reader does once they are loaded (load-dataset.ts).
import '@/data/zod-messages';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // Domain tests run under vitest's node environment, which has no localStorage.
  if (typeof localStorage !== 'undefined') localStorage.clear();
});
