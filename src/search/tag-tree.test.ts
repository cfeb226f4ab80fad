import { normalizeTag, tagMatches } from '../content/tags';
import { buildTagTree, notesWithTag, type TaggedNote } from './tag-tree';

const notes: TaggedNote[] = [
  { slug: 'kms', tags: ['service/kms', 'service/s3', 'security/encryption'] },
  { slug: 's3', tags: ['service/s3'] },
  { slug: 'plain', tags: ['#Exam'] },
  { slug: 'none', tags: [] },
];

describe('buildTagTree', () => {
  test('nests tags by slash and counts distinct notes at every level', () => {
    expect(buildTagTree(notes)).toEqual([
      { name: 'Exam', tag: 'Exam', count: 1, children: [] },
      {
        name: 'security',
        tag: 'security',
        count: 1,
        children: [{ name: 'encryption', tag: 'security/encryption', count: 1, children: [] }],
      },
      {
        name: 'service',
        tag: 'service',
        count: 2,
        children: [
          { name: 'kms', tag: 'service/kms', count: 1, children: [] },
          { name: 's3', tag: 'service/s3', count: 2, children: [] },
        ],
      },
    ]);
  });

  test('merges spellings that differ only in case and ignores blank tags', () => {
    const tree = buildTagTree([
      { slug: 'a', tags: ['AWS/S3', ' ', '#'] },
      { slug: 'b', tags: ['aws/s3'] },
    ]);
    expect(tree).toEqual([
      { name: 'AWS', tag: 'AWS', count: 2, children: [{ name: 'S3', tag: 'AWS/S3', count: 2, children: [] }] },
    ]);
  });

  test('orders each level in the one listing order (English collation, numbers by value), not the runtime locale\'s', () => {
    const names = ['보안', 'Zeta', 'alpha', 'Äpfel', 'beta', '가용성', 'Alpha2', '10', '9'];
    const tree = buildTagTree(names.map((name, i) => ({ slug: `n${i}`, tags: [`root/${name}`] })));
    expect(tree[0]!.children.map((node) => node.name)).toEqual(['9', '10', 'alpha', 'Alpha2', 'Äpfel', 'beta', 'Zeta', '가용성', '보안']);
  });

  test('an empty vault has no tags', () => {
    expect(buildTagTree([])).toEqual([]);
  });
});

describe('normalizeTag', () => {
  test.each([
    ['#service/kms', 'service/kms'],
    [' service / kms ', 'service/kms'],
    ['service//kms/', 'service/kms'],
    ['', ''],
  ])('%j -> %j', (tag, expected) => {
    expect(normalizeTag(tag)).toBe(expected);
  });
});

describe('tagMatches', () => {
  test.each([
    ['service/kms', 'service', true],
    ['service/kms', 'service/kms', true],
    ['service/kms', 'SERVICE/KMS', true],
    ['services', 'service', false],
    ['service', 'service/kms', false],
    ['service', '', false],
  ])('%j under %j: %s', (noteTag, tag, expected) => {
    expect(tagMatches(noteTag, tag)).toBe(expected);
  });
});

describe('notesWithTag', () => {
  test.each([
    ['service', ['kms', 's3']],
    ['service/s3', ['kms', 's3']],
    ['service/kms', ['kms']],
    ['exam', ['plain']],
    ['missing', []],
  ])('%s -> %j', (tag, expected) => {
    expect(notesWithTag(notes, tag).map((n) => n.slug)).toEqual(expected);
  });
});
