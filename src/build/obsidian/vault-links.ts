import type { Note } from '../../content/types.ts';
import { createSlugResolver } from '../../search/resolve-slug.ts';
import { brokenLinks } from './link-diagnostics.ts';
import { mermaidDiagnostics } from './mermaid-diagnostics.ts';
import { createAttachmentResolver } from './resolve-attachment.ts';
import type { SourceLookup } from '../shared-sources.ts';
import type { VaultSettings } from './vault-settings.ts';

/**
 * Adds a warning for each broken `[[link]]` and `![[embed]]` and each Mermaid diagram the build cannot draw
 * to its note's diagnostics, in line order, so that the build log, `content:check` and the note's problem
 * panel all list them.
 */
export function addRenderDiagnostics(
  notes: readonly Note[],
  sources: SourceLookup,
  attachments: readonly string[],
  settings: VaultSettings,
): void {
  const resolveNote = createSlugResolver(notes);
  const resolveAttachment = createAttachmentResolver(attachments, settings.attachmentFolderPath);
  for (const note of notes) {
    const source = sources.get(note.file);
    if (source === undefined) continue;
    const links = source.includes('[[') ? brokenLinks(source, note.file, { resolveNote, resolveAttachment }) : [];
    const found = [...links, ...mermaidDiagnostics(source)];
    if (found.length === 0) continue;
    // The note and its analysis share this array: both see the warnings.
    note.diagnostics.push(...found);
    note.diagnostics.sort((a, b) => a.line - b.line);
  }
}
