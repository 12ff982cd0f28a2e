import * as z from 'zod/mini';

// Zod probes `new Function` when it builds a classic object schema, to decide whether it may
// compile parsers. The CSP in index.html refuses eval, and Chromium reports the attempt as a CSP
// violation (DevTools "Issues"; Lighthouse best practices < 100). The app's schemas are zod/mini,
// which never probes; jitless keeps it that way should a classic schema ever be built.
// schema.ts imports this module first so the setting holds before any schema is used.
// The error messages are zod-messages.ts, loaded only where an error is to be shown.
z.config({ jitless: true });
