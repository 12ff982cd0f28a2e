// `npm run curate -- …`: reads files and the clock for src/curation/cli.ts, which does the rest.
// Run by tsx (docs/curation.md says why).
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { fail, ok } from '../src/lib/result';
import { runCurator, tooLarge } from '../src/curation/cli';
import { todayInZhengzhou } from '../src/curation/draft';

const outcome = runCurator(process.argv.slice(2), {
  readFile: (path, maxBytes) => {
    try {
      // The size first: a file past the limit is never read into memory.
      const { size } = statSync(path);
      if (size > maxBytes) return fail(tooLarge(path, size, maxBytes));
      return ok(new Uint8Array(readFileSync(path)));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return fail(
        code === 'ENOENT'
          ? `${path}: no such file`
          : code === 'EISDIR'
            ? `${path} is a folder, not a file`
            : `${path}: ${(error as Error).message}`,
      );
    }
  },
  sha256: (bytes) => createHash('sha256').update(bytes).digest('hex'),
  today: todayInZhengzhou(),
});
process.stdout.write(outcome.stdout);
process.stderr.write(outcome.stderr);
process.exitCode = outcome.code;
