// opencc-js ships its dictionaries as ES modules without type declarations.
declare module 'opencc-js/dict/TSCharacters' {
  /** "traditional simplified[ simplified…]|…" */
  const table: string;
  export default table;
}
