declare module 'virtual:examflow/search-index' {
  /** Where the index's head file is (search-head.ts), as a path from the site's root; its parts lie beside it. */
  export const head: string;
}
