// Types of the modules the Vite plugin (vite-plugin.ts) serves. `import()` types keep this file a script,
// so the declarations below stay ambient.

declare module 'virtual:examflow/index' {
  /** Every note of the vault, summarised, in file order. */
  export const notes: import('./note-summary').NoteSummary[];
}

declare module 'virtual:examflow/note-loaders' {
  /** Loads one note's chunk by slug; undefined when no note has that slug. */
  export function loadNote(slug: string): Promise<import('./note-module').NoteModule | undefined>;
}

declare module 'virtual:examflow/home' {
  /** Counts, tags and recent notes: all the home page needs before it is usable. */
  const home: import('./home-data').HomeData;
  export default home;
}

declare module 'virtual:examflow/questions' {
  /** Every question's print and former ids: loaded only to re-attach progress saved under ids that changed. */
  const questions: import('./question-prints').VaultQuestion[];
  export default questions;
}

declare module 'virtual:examflow/blueprint' {
  /** The vault's `examflow.yaml` read and checked at build time, or null when the vault has none. */
  const blueprint: import('../quiz/blueprint').VaultBlueprint | null;
  export default blueprint;
}

declare module 'virtual:examflow/packs' {
  /** The question pack of each note of `virtual:examflow/index`'s `notes`, by position; -1 for a note without questions. */
  export const packOf: number[];
  /** Loads one question pack: the quiz part of each of its notes. */
  export function loadPack(pack: number): Promise<import('./note-module').QuizNote[]>;
}

declare module 'virtual:examflow/note-parts' {
  /** A later part's HTML when this bundle holds it (the pre-render does; the browser's never does). */
  export function readPart(slug: string, index: number): string | undefined;
  /** Loads a later part's HTML (its own chunk in the browser); undefined when the note has no such part. */
  export function loadPart(slug: string, index: number): Promise<string | undefined>;
  /** A later part's questions' and diagrams' data (and HTML) when this bundle holds it (the pre-render does). */
  export function readWidgets(slug: string, index: number): import('./note-module').NotePartData | undefined;
  /** Loads a later part's chunk: its HTML and the data of the questions and diagrams it is followed by. */
  export function loadWidgets(slug: string, index: number): Promise<import('./note-module').NotePartData | undefined>;
  /** A long note's outline as HTML list items in pieces, when this bundle holds it (the pre-render does). */
  export function readOutline(slug: string): readonly string[] | undefined;
  /** Loads a long note's outline as HTML list items in pieces (with its part list in the browser). */
  export function loadOutline(slug: string): Promise<readonly string[] | undefined>;
}

declare module 'virtual:examflow/page-finish' {
  /** In a build's server bundle: finishes a pre-rendered page (src/build/finish-page.ts); elsewhere null. */
  const finish: ((html: string, pathname: string, spaMode: boolean) => string) | null;
  export default finish;
}
