declare module 'virtual:examflow/search-index' {
  /** The index's head (search-files.ts SearchMeta) as JSON text. */
  export const meta: string;
  /** The JSON text of one part of the index (`shard-3`, `docs-0`, `latin`); rejects for a key it does not know. */
  export function loadPart(key: string): Promise<string>;
}
