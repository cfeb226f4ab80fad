import { loadWidgets, readWidgets } from 'virtual:examflow/note-parts';
import type { NotePartData } from '../../content/note-module';

// Parts' data the browser has loaded, by note and part: a widget drawn again (a revisit) finds it here.
const loaded = new Map<string, NotePartData>();
const key = (slug: string, part: number) => `${slug}\u0000${part}`;

/**
 * The data of the questions and diagrams that follow a long note's later part: held by the pre-render's
 * bundle, in the browser once preparePartWidgets has loaded the part's chunk, else undefined.
 */
export function partWidgets(slug: string, part: number): NotePartData | undefined {
  return loaded.get(key(slug, part)) ?? readWidgets(slug, part);
}

/** Loads a later part's chunk (once) so partWidgets can answer for it. */
export async function preparePartWidgets(slug: string, part: number): Promise<void> {
  if (partWidgets(slug, part)) return;
  const data = await loadWidgets(slug, part);
  if (data) loaded.set(key(slug, part), data);
}
