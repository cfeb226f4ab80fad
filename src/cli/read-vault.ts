import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import type { VaultFile } from '../content/parse-vault';

export type { VaultFile };

/** Lists every `.md` file below `dir`, recursively, sorted, skipping dot-folders such as `.obsidian`. */
export async function listMarkdownFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(current: string): Promise<void> {
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) found.push(full);
    }
  }
  await walk(dir);
  return found.map((full) => path.relative(dir, full).split(path.sep).join('/')).sort();
}

/** Reads every Markdown file of a vault. */
export async function readVault(dir: string): Promise<VaultFile[]> {
  const files = await listMarkdownFiles(dir);
  return Promise.all(
    files.map(async (file) => ({ file, markdown: await readFile(path.join(dir, file), 'utf8') })),
  );
}
