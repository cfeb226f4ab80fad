import type { NoteSummary } from '../../content/note-summary';
import { tagPageNotes } from './tag-notes';

const summary = (slug: string, tags: string[]): NoteSummary => ({
  slug, file: `notes/${slug}.md`, title: `Note ${slug}`, tags, aliases: [`${slug} alias`], questionCount: 2, questionIds: [`${slug}-1`, `${slug}-2`], errorCount: 1,
});

const notes = [
  summary('kms', ['service/kms', 'security/encryption', 'Service/KMS/keys']),
  summary('s3', ['service/s3', 'storage']),
  summary('iam', ['security/iam']),
];

describe('tagPageNotes', () => {
  test.each([
    ['a broad tag: its notes, each with its tags under it only', 'service', [['kms', ['service/kms', 'Service/KMS/keys']], ['s3', ['service/s3']]]],
    ['a narrower tag, spelt in another case', 'SERVICE/kms', [['kms', ['service/kms', 'Service/KMS/keys']]]],
    ['a tag named by a deeper path', 'security/iam', [['iam', ['security/iam']]]],
    ['a tag no note carries', 'nothing', []],
  ])('%s', (_name, splat, expected) => {
    expect(tagPageNotes(notes, splat).map((note) => [note.slug, note.tags])).toEqual(expected);
  });

  test('a note carries what the page shows of it, and nothing else', () => {
    expect(tagPageNotes(notes, 'storage')).toEqual([{ slug: 's3', title: 'Note s3', tags: ['storage'], questionCount: 2, questionIds: ['s3-1', 's3-2'] }]);
  });
});
