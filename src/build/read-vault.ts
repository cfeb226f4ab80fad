import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import type { VaultFile } from '../content/parse-vault.ts';
import { configuredTemplateFolders, skipReason, type SkipReason } from '../content/templates.ts';

export type { VaultFile };

/** A Markdown file of the vault that is not study content, and why. */
export interface SkippedFile {
  file: string;
  reason: SkipReason;
}

/** What a vault holds: its notes, and the Markdown files left out as templates. */
export interface ScannedVault {
  files: VaultFile[];
  skipped: SkippedFile[];
}

// Obsidian's config and trash are dot-folders; `node_modules` only appears when a vault sits in a project.
const SKIPPED_DIRS = /^(?:\.|node_modules$)/;

/** Lists every `.md` file below `dir`, recursively, sorted, skipping dot-folders such as `.obsidian` and `.trash`. */
export async function listMarkdownFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(current: string): Promise<void> {
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries) {
      if (SKIPPED_DIRS.test(entry.name)) continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) found.push(full);
    }
  }
  await walk(dir);
  return found.map((full) => path.relative(dir, full).split(path.sep).join('/')).sort();
}

/**
 * Reads a vault as Obsidian sees it: every Markdown note, with the templates (the folder that
 * `.obsidian/templates.json` or Templater names, else any `templates/` folder, or a file that is a
 * template by its text) set apart. The dev server, the build and `content:check` all read through here.
 */
export async function scanVault(dir: string): Promise<ScannedVault> {
  const folders = configuredTemplateFolders(
    await Promise.all(
      ['.obsidian/templates.json', '.obsidian/plugins/templater-obsidian/data.json'].map((file) =>
        readFile(path.join(dir, file), 'utf8').catch(() => null),
      ),
    ),
  );
  const all = await Promise.all(
    (await listMarkdownFiles(dir)).map(async (file) => ({ file, markdown: await readFile(path.join(dir, file), 'utf8') })),
  );
  const files: VaultFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const entry of all) {
    const reason = skipReason(entry.file, entry.markdown, folders);
    if (reason === null) files.push(entry);
    else skipped.push({ file: entry.file, reason });
  }
  return { files, skipped };
}

/** Reads every study note of a vault (templates left out; see `scanVault`). */
export async function readVault(dir: string): Promise<VaultFile[]> {
  return (await scanVault(dir)).files;
}
