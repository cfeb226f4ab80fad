import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** A symbolic link (or a folder reached again through one) the walk did not follow, and why. */
export interface SkippedLink {
  /** The link's path relative to the vault, with forward slashes. */
  file: string;
  /** 'loop': it leads back into a folder above it; 'repeat': what it leads to was already read; 'broken': nothing there. */
  reason: 'loop' | 'repeat' | 'broken';
}

/** Everything a walk of the vault found: its files and the real folders it read, and the links it left alone. */
export interface VaultWalk {
  /** Every file below the vault (dot-folders and node_modules left out), as sorted vault paths. */
  files: string[];
  /** The real path of every folder read, the vault's own first: what the dev server watches. */
  folders: string[];
  skippedLinks: SkippedLink[];
}

// Obsidian's config and trash are dot-folders; `node_modules` only appears when a vault sits in a project.
const SKIPPED_DIRS = /^(?:\.|node_modules$)/;

/**
 * Walks a vault the way Obsidian shows it: a symlinked note or folder counts like a real one, but each
 * real folder is read once, so a link back up the tree (a loop) or a second link to the same folder ends
 * there instead of recursing forever. The dev server and the build both list files through here.
 */
export async function walkVault(dir: string): Promise<VaultWalk> {
  const root = await realpath(dir);
  const files: string[] = [];
  const folders = [root];
  const read = new Set(folders);
  const readFiles = new Set<string>();
  const skippedLinks: SkippedLink[] = [];
  // Links wait until every real folder is read, so a real folder is listed under its own path, not a link's.
  const links: { full: string; ancestors: ReadonlySet<string> }[] = [];
  const relative = (full: string) => path.relative(dir, full).split(path.sep).join('/');

  async function walk(current: string, real: string, ancestors: ReadonlySet<string>): Promise<void> {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      if (SKIPPED_DIRS.test(entry.name)) continue;
      const full = path.join(current, entry.name);
      if (entry.isFile()) addFile(full, path.join(real, entry.name));
      else if (entry.isDirectory()) await enter(full, path.join(real, entry.name), ancestors);
      else if (entry.isSymbolicLink()) links.push({ full, ancestors });
    }
  }

  function addFile(full: string, real: string): void {
    if (readFiles.has(real)) skippedLinks.push({ file: relative(full), reason: 'repeat' });
    else files.push(relative(full));
    readFiles.add(real);
  }

  // A folder reached a second time (the vault itself below a linked folder, say) is left where it was read.
  async function enter(full: string, real: string, ancestors: ReadonlySet<string>): Promise<void> {
    if (ancestors.has(real) || read.has(real)) {
      skippedLinks.push({ file: relative(full), reason: ancestors.has(real) ? 'loop' : 'repeat' });
      return;
    }
    folders.push(real);
    read.add(real);
    await walk(full, real, new Set([...ancestors, real]));
  }

  async function follow({ full, ancestors }: { full: string; ancestors: ReadonlySet<string> }): Promise<void> {
    const target = await Promise.all([realpath(full), stat(full)]).catch(() => null);
    if (target === null) {
      skippedLinks.push({ file: relative(full), reason: 'broken' });
      return;
    }
    const [real, stats] = target;
    if (stats.isFile()) addFile(full, real);
    else if (stats.isDirectory()) await enter(full, real, ancestors);
  }

  await walk(dir, root, new Set([root]));
  for (let next = links.shift(); next !== undefined; next = links.shift()) await follow(next);
  return { files: files.sort(), folders, skippedLinks };
}
