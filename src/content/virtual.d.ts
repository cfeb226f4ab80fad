declare module 'virtual:examflow/index' {
  import type { NoteSummary } from './note-summary';
  import type { NoteModule } from './note-module';
  /** Every note of the vault, summarised, in file order. */
  export const notes: NoteSummary[];
  /** Loads one note's chunk by slug; undefined when no note has that slug. */
  export function loadNote(slug: string): Promise<NoteModule | undefined>;
}

declare module 'virtual:examflow/home' {
  import type { HomeData } from './home-data';
  /** Counts, tags and recent notes: all the home page needs before it is usable. */
  const home: HomeData;
  export default home;
}
