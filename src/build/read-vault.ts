import { readFile } from 'node:fs/promises';
import path from 'node:path';

import type { VaultFile } from '../content/parse-vault.ts';
import { walkVault, type SkippedLink } from './walk-vault.ts';
import { configuredTemplateFolders, skipReason, type SkipReason } from '../content/templates.ts';

export type { VaultFile };

/** A Markdown file of the vault that is not study content, and why. */
export interface SkippedFile {
  file: string;
  reason: SkipReason;
}

/** What a vault holds: its notes, the Markdown files left out as templates, and the symlinks not followed. */
export interface ScannedVault {
  files: VaultFile[];
  skipped: SkippedFile[];
  skippedLinks: SkippedLink[];
  /** The real folders read (symlinked ones included), for the dev server to watch. */
  folders: string[];
}

/**
 * Lists every `.md` file below `dir`, recursively, sorted, skipping dot-folders such as `.obsidian` and `.trash`;
 * symlinked notes and folders count, each real folder once (see walkVault).
 */
export async function listMarkdownFiles(dir: string): Promise<string[]> {
  return (await walkVault(dir)).files.filter(isMarkdown);
}

const isMarkdown = (file: string) => file.toLowerCase().endsWith('.md');

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
  const walked = await walkVault(dir);
  const all = await Promise.all(
    walked.files.filter(isMarkdown).map(async (file) => ({ file, markdown: await readFile(path.join(dir, file), 'utf8') })),
  );
  const files: VaultFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const entry of all) {
    const reason = skipReason(entry.file, entry.markdown, folders);
    if (reason === null) files.push(entry);
    else skipped.push({ file: entry.file, reason });
  }
  return { files, skipped, skippedLinks: walked.skippedLinks, folders: walked.folders };
}

/** The symlinks a scan did not follow, one line each, for the build log and `content:check`; '' when none. */
export function formatSkippedLinks(links: SkippedLink[]): string {
  const why = { loop: 'a loop: it leads back into a folder above it', repeat: 'already read through another path', broken: 'it leads nowhere' };
  return links.map((link) => `symlink not followed (${why[link.reason]}): ${link.file}`).join('\n');
}

/** Reads every study note of a vault (templates left out; see `scanVault`). */
export async function readVault(dir: string): Promise<VaultFile[]> {
  return (await scanVault(dir)).files;
}
