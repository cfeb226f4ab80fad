/**
 * The vault's folders as a tree, from the notes' vault paths (`2026-11/2026-11-20/note.md`), so the notes
 * can be browsed as they are laid out on disk. Folders and notes sort by name, the way a file browser does.
 */
import { compareText } from './text-order.ts';

/** One folder: its name, its path from the vault root, the folders inside and its own notes. */
export interface FolderNode<T> {
  name: string;
  /** Path from the vault root, `''` for the root itself. */
  path: string;
  folders: FolderNode<T>[];
  notes: T[];
  /** Notes in this folder and every folder inside it. */
  noteCount: number;
}

/** Builds the folder tree of notes by their `file` (a vault path with `/` between folders). */
export function buildFolderTree<T extends { file: string }>(notes: readonly T[]): FolderNode<T> {
  const root: FolderNode<T> = { name: '', path: '', folders: [], notes: [], noteCount: 0 };
  for (const note of notes) {
    const parts = note.file.split(/[\\/]+/).filter(Boolean);
    let folder = root;
    folder.noteCount += 1;
    for (const name of parts.slice(0, -1)) {
      let child = folder.folders.find((candidate) => candidate.name === name);
      if (!child) {
        child = { name, path: folder.path ? `${folder.path}/${name}` : name, folders: [], notes: [], noteCount: 0 };
        folder.folders.push(child);
      }
      child.noteCount += 1;
      folder = child;
    }
    folder.notes.push(note);
  }
  sortTree(root);
  return root;
}

const byName = compareText;

function sortTree<T extends { file: string }>(folder: FolderNode<T>): void {
  folder.folders.sort((a, b) => byName(a.name, b.name));
  folder.notes.sort((a, b) => byName(a.file, b.file));
  for (const child of folder.folders) sortTree(child);
}
