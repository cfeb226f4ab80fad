import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { walkVault } from '../walk-vault.ts';

/** The settings of `.obsidian/app.json` that change how notes render. */
export interface VaultSettings {
  /** Obsidian's "Strict line breaks": when false (the default) a single line break shows as a break. */
  strictLineBreaks: boolean;
  /** Where new attachments go: '/' the vault root, './' beside the note, './x' below it, else a vault path. */
  attachmentFolderPath: string;
}

/** Obsidian's defaults, for a vault without `.obsidian/app.json`. */
export const DEFAULT_SETTINGS: VaultSettings = { strictLineBreaks: false, attachmentFolderPath: '/' };

/** Reads the settings from the parsed `app.json`; anything missing or of the wrong type keeps its default. */
export function readVaultSettings(json: unknown): VaultSettings {
  const record = json !== null && typeof json === 'object' ? (json as Record<string, unknown>) : {};
  return {
    strictLineBreaks: typeof record.strictLineBreaks === 'boolean' ? record.strictLineBreaks : DEFAULT_SETTINGS.strictLineBreaks,
    attachmentFolderPath:
      typeof record.attachmentFolderPath === 'string' && record.attachmentFolderPath.trim()
        ? record.attachmentFolderPath.trim()
        : DEFAULT_SETTINGS.attachmentFolderPath,
  };
}

/** Loads `.obsidian/app.json` of a vault; a missing or broken file gives Obsidian's defaults. */
export async function loadVaultSettings(dir: string): Promise<VaultSettings> {
  try {
    return readVaultSettings(JSON.parse(await readFile(path.join(dir, '.obsidian', 'app.json'), 'utf8')));
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Every file of the vault that is not a note (images, PDFs ...), as vault paths, skipping dot-folders. */
export async function listAttachments(dir: string): Promise<string[]> {
  return (await walkVault(dir)).files.filter((file) => !/\.md$/i.test(file));
}
