import * as z from 'zod/mini';
import { en } from 'zod/locales';

// zod/mini ships no error messages of its own ("Invalid input"); the English locale gives the
// messages the error screens and the import panel show (`expected string, received number`).
// A module of its own, 1.3 kB gzipped: a valid dataset never needs it, so the app loads it only
// when a dataset fails (load-dataset.ts) and with the follow-up files' code (follow-up.ts).
z.config(en());
