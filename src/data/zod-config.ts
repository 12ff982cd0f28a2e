import * as z from 'zod/mini';
import { en } from 'zod/locales';

// Zod probes `new Function` when it builds a classic object schema, to decide whether it may
// compile parsers. The CSP in index.html refuses eval, and Chromium reports the attempt as a CSP
// violation (DevTools "Issues"; Lighthouse best practices < 100). The app's schemas are zod/mini,
// which never probes; jitless keeps it that way should a classic schema ever be built.
// zod/mini ships no error messages of its own ("Invalid input"); the English locale gives the
// messages the error screens and the import panel show (`expected string, received number`).
// schema.ts imports this module first so both settings hold before any schema is used.
z.config({ jitless: true, ...en() });
