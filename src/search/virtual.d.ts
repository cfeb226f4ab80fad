declare module 'virtual:examflow/search-index' {
  /** The serialised search index that `buildSearchIndex` wrote at build time. */
  const json: string;
  export default json;
}
