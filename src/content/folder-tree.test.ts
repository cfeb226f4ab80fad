import { buildFolderTree, type FolderNode } from './folder-tree';

const note = (file: string) => ({ file });
const shape = (folder: FolderNode<{ file: string }>): unknown => ({
  path: folder.path,
  count: folder.noteCount,
  notes: folder.notes.map((n) => n.file),
  folders: folder.folders.map(shape),
});

describe('buildFolderTree', () => {
  test.each([
    ['no notes: an empty root', [], { path: '', count: 0, notes: [], folders: [] }],
    ['notes at the root stay at the root', ['b.md', 'a.md'], { path: '', count: 2, notes: ['a.md', 'b.md'], folders: [] }],
    [
      'nested folders, sorted by name with numbers in order, counting the notes below',
      ['2026-11/day-10/x.md', '2026-11/day-9/y.md', 'top.md', '2026-11/z.md'],
      {
        path: '', count: 4, notes: ['top.md'], folders: [
          { path: '2026-11', count: 3, notes: ['2026-11/z.md'], folders: [
            { path: '2026-11/day-9', count: 1, notes: ['2026-11/day-9/y.md'], folders: [] },
            { path: '2026-11/day-10', count: 1, notes: ['2026-11/day-10/x.md'], folders: [] },
          ] },
        ],
      },
    ],
    ['Windows separators and doubled slashes mean the same folder', ['a\\b.md', 'a//c.md'], {
      path: '', count: 2, notes: [], folders: [{ path: 'a', count: 2, notes: ['a//c.md', 'a\\b.md'], folders: [] }],
    }],
    ['Korean folder names', ['머신러닝/노트.md'], { path: '', count: 1, notes: [], folders: [{ path: '머신러닝', count: 1, notes: ['머신러닝/노트.md'], folders: [] }] }],
  ])('%s', (_, files, expected) => {
    expect(shape(buildFolderTree(files.map(note)))).toEqual(expected);
  });
});
