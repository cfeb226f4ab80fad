import type { Note } from '../../content/types.ts';
import { createSlugResolver } from '../../search/resolve-slug.ts';
import { brokenLinks } from './link-diagnostics.ts';
import { createAttachmentResolver } from './resolve-attachment.ts';
import type { VaultSettings } from './vault-settings.ts';

/**
 * Adds a warning for each broken `[[link]]` and `![[embed]]` to its note's diagnostics, in line order, so
 * that the build log, `content:check` and the note's problem panel all list them.
 */
export function addLinkDiagnostics(
  notes: readonly Note[],
  sources: ReadonlyMap<string, string>,
  attachments: readonly string[],
  settings: VaultSettings,
): void {
  const resolveNote = createSlugResolver(notes);
  const resolveAttachment = createAttachmentResolver(attachments, settings.attachmentFolderPath);
  for (const note of notes) {
    const source = sources.get(note.file);
    if (source === undefined || !source.includes('[[')) continue;
    const found = brokenLinks(source, note.file, { resolveNote, resolveAttachment });
    if (found.length === 0) continue;
    // The note and its analysis share this array: both see the warnings.
    note.diagnostics.push(...found);
    note.diagnostics.sort((a, b) => a.line - b.line);
  }
}
