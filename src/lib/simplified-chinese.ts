import { ConverterFactory } from 'opencc-js/core';
import phrases from 'opencc-js/dict/TSPhrases';
import characters from 'opencc-js/dict/TSCharacters';
import type { Simplify } from './search-text';

/**
 * Traditional → simplified Chinese with OpenCC's own tables (opencc-js): its phrases first
 * (乾隆 stays 乾隆, 乾淨 becomes 干净), then character by character. Only these two tables,
 * about 21 kB gzipped with the converter, in a chunk of its own: the search page loads it, a
 * list page only once its search box holds Chinese (simplify.ts). Nothing else imports it.
 */
export const toSimplified: Simplify = ConverterFactory([phrases, characters]);
