import { z } from 'zod';

// Zod probes `new Function` when it builds an object schema, to decide whether it may compile
// parsers. The CSP in index.html refuses eval, so in the app the probe always fails, and Chromium
// reports the attempt as a CSP violation (DevTools "Issues"; Lighthouse best practices < 100).
// jitless skips the probe; in the browser parsing takes the path it took anyway. schema.ts imports
// this module first so the setting holds before any schema exists.
z.config({ jitless: true });
