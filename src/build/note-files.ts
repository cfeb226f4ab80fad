/**
 * Notes as JSON files for the pre-render: one module per note made the server bundle hold every note's code
 * in the bundler's memory while every page was rendered (about 900 MB at 5,000 notes), and each loaded
 * module's text in the heap until the end. A file is read when its page is rendered and then let go.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The notes written so far, by slug, and where. */
export interface NoteFiles {
  /** The file of each written note, by slug. */
  readonly files: ReadonlyMap<string, string>;
  /** Writes a note's JSON text, once per slug. */
  write: (slug: string, json: string) => void;
  /** Forgets every note and removes the folder. */
  clear: () => void;
}

/** Note files in `dir`, which belongs to them alone: clear() removes it. */
export function createNoteFiles(dir: string): NoteFiles {
  const files = new Map<string, string>();
  return {
    files,
    write(slug, json) {
      if (files.has(slug)) return;
      // Numbered, not named after the slug: a slug may hold any character a file name cannot.
      const file = path.join(dir, `${files.size}.json`);
      if (files.size === 0) mkdirSync(dir, { recursive: true });
      writeFileSync(file, json);
      files.set(slug, file);
    },
    clear() {
      files.clear();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
