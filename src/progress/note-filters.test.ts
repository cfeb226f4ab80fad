import type { NoteStatus } from './question-status';
import { hasTag, matchesStatus, readNoteFilters, writeNoteFilters, type NoteFilters, type StatusFilter } from './note-filters';

describe('readNoteFilters and writeNoteFilters', () => {
  test.each([
    ['nothing asked', '', { status: null, tag: null, view: 'list' }],
    ['a status, a tag and the folder view', 'status=wrong&tag=aws%2Fs3&view=folders', { status: 'wrong', tag: 'aws/s3', view: 'folders' }],
    ['an unknown status and view are dropped', 'status=bogus&view=grid', { status: null, tag: null, view: 'list' }],
    ['a blank tag is no tag', 'tag=%20%20', { status: null, tag: null, view: 'list' }],
    ['a Korean tag', 'tag=%EB%A8%B8%EC%8B%A0%EB%9F%AC%EB%8B%9D', { status: null, tag: '머신러닝', view: 'list' }],
  ])('%s', (_, query, filters) => {
    expect(readNoteFilters(new URLSearchParams(query))).toEqual(filters);
  });

  test.each<[string, NoteFilters, string]>([
    ['defaults leave the URL plain', { status: null, tag: null, view: 'list' }, ''],
    ['everything set', { status: 'flagged', tag: 'aws/s3', view: 'folders' }, 'status=flagged&tag=aws%2Fs3&view=folders'],
  ])('%s, and reads back the same', (_, filters, query) => {
    const written = writeNoteFilters(filters);
    expect(written.toString()).toBe(query);
    expect(readNoteFilters(written)).toEqual(filters);
  });
});

describe('matchesStatus', () => {
  const status = (over: Partial<NoteStatus>): NoteStatus => ({ total: 2, untried: 0, right: 0, wrong: 0, flagged: 0, ...over });
  test.each<[string, NoteStatus, Record<StatusFilter, boolean>]>([
    ['never tried', status({ untried: 2 }), { untried: true, wrong: false, right: false, flagged: false }],
    ['half right, half untried', status({ untried: 1, right: 1 }), { untried: true, wrong: false, right: false, flagged: false }],
    ['all right', status({ right: 2 }), { untried: false, wrong: false, right: true, flagged: false }],
    ['one wrong last time, flagged', status({ right: 1, wrong: 1, flagged: 1 }), { untried: false, wrong: true, right: false, flagged: true }],
    ['a note without questions is never "right"', status({ total: 0 }), { untried: false, wrong: false, right: false, flagged: false }],
  ])('%s', (_, note, expected) => {
    for (const [filter, kept] of Object.entries(expected)) expect([filter, matchesStatus(note, filter as StatusFilter)]).toEqual([filter, kept]);
  });
});

describe('hasTag', () => {
  test.each([
    [['aws/s3'], 'aws', true],
    [['aws'], 'aws', true],
    [['aws-extra'], 'aws', false],
    [['ml'], 'aws', false],
  ])('%o has %s: %s', (tags, tag, kept) => {
    expect(hasTag(tags, tag)).toBe(kept);
  });
});
