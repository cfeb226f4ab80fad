/** Finds the file an `![[embed]]` names, in the order Obsidian looks. */

const folderOf = (file: string) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');
const join = (...parts: string[]) =>
  parts
    .join('/')
    .split('/')
    .filter((part) => part && part !== '.')
    .join('/');
const key = (file: string) => file.normalize('NFC').toLowerCase();

/** The folder attachments of `noteFile` are kept in, per `attachmentFolderPath`, as a vault path. */
export function attachmentFolder(setting: string, noteFile: string): string {
  if (setting === '/' ) return '';
  if (setting === './' || setting === '.') return folderOf(noteFile);
  if (setting.startsWith('./')) return join(folderOf(noteFile), setting.slice(2));
  return join(setting);
}

/**
 * Resolves an embed target to a vault file: the exact path (from the vault root, then beside the note),
 * then the attachment folder, then any file of that name in the vault (the one nearest the note, then
 * the shortest path). Null when the vault has no such file.
 */
export function createAttachmentResolver(files: readonly string[], setting: string) {
  const byPath = new Map(files.map((file) => [key(file), file]));
  const byName = new Map<string, string[]>();
  for (const file of files) {
    const name = key(file.slice(file.lastIndexOf('/') + 1));
    byName.set(name, [...(byName.get(name) ?? []), file]);
  }
  return (target: string, noteFile: string): string | null => {
    const clean = join(target.trim().replace(/\\/g, '/'));
    if (!clean) return null;
    const candidates = [clean, join(folderOf(noteFile), clean), join(attachmentFolder(setting, noteFile), clean)];
    for (const candidate of candidates) {
      const found = byPath.get(key(candidate));
      if (found) return found;
    }
    const named = byName.get(key(clean.slice(clean.lastIndexOf('/') + 1))) ?? [];
    const near = named.filter((file) => folderOf(file) === folderOf(noteFile));
    const ranked = [...(near.length ? near : named)].sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1));
    return ranked[0] ?? null;
  };
}
