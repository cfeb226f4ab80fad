import { attachmentFolder, createAttachmentResolver } from './resolve-attachment.ts';

const FILES = ['img/a.png', 'attachments/b.png', 'notes/c.png', 'deep/x/c.png', 'z/far/c.png', 'notes/sub/d.png'];

describe('createAttachmentResolver', () => {
  const resolve = createAttachmentResolver(FILES, 'attachments');
  test.each([
    ['exact vault path', 'img/a.png', 'notes/n.md', 'img/a.png'],
    ['beside the note', 'sub/d.png', 'notes/n.md', 'notes/sub/d.png'],
    ['attachment folder', 'b.png', 'notes/n.md', 'attachments/b.png'],
    ['by name, same folder first', 'c.png', 'notes/n.md', 'notes/c.png'],
    ['by name, shortest path', 'c.png', 'other/n.md', 'notes/c.png'],
    ['case-insensitive', 'IMG/A.PNG', 'n.md', 'img/a.png'],
    ['missing', 'none.png', 'n.md', null],
  ])('%s', (_, target, note, expected) => {
    expect(resolve(target, note)).toBe(expected);
  });
});

describe('attachmentFolder', () => {
  test.each([
    ['/', 'a/n.md', ''],
    ['./', 'a/n.md', 'a'],
    ['./files', 'a/n.md', 'a/files'],
    ['Assets/img', 'a/n.md', 'Assets/img'],
  ])('%s for %s', (setting, note, expected) => {
    expect(attachmentFolder(setting, note)).toBe(expected);
  });
});
