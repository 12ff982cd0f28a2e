// opencc-js publishes its dictionaries (dist/esm-lib/dict/*.js, each a "source target|…"
// string) without type declarations; only the two tables simplified-chinese.ts reads are named.
declare module 'opencc-js/dict/TSCharacters' {
  const dictionary: string;
  export default dictionary;
}
declare module 'opencc-js/dict/TSPhrases' {
  const dictionary: string;
  export default dictionary;
}
