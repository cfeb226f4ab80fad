// @vitest-environment jsdom
import { loadReadingList, neighboursIn, parseReadingList, readListKey, saveReadingList, searchListKey, tagListKey } from './reading-list';

const list = { key: tagListKey('service/kms'), notes: [{ slug: 'a', title: 'A' }, { slug: 'b', title: 'B' }, { slug: 'c', title: 'C' }] };

describe('neighboursIn', () => {
  test.each([
    ['a', null, 'b', 0],
    ['b', 'a', 'c', 1],
    ['c', 'b', null, 2],
  ])('%s: after %s, before %s, at %i of 3', (slug, previous, next, index) => {
    const found = neighboursIn(list, slug);
    expect([found?.previous?.slug ?? null, found?.next?.slug ?? null, found?.index, found?.total]).toEqual([previous, next, index, 3]);
  });

  test('a note outside the list has no neighbours in it', () => {
    expect(neighboursIn(list, 'z')).toBeNull();
  });
});

describe('list keys', () => {
  test.each([
    ['notes', { kind: 'notes' }],
    [tagListKey('service/kms'), { kind: 'tag', tag: 'service/kms' }],
    [searchListKey(' 암호화 키 '), { kind: 'search', query: '암호화 키' }],
    ['tag:', null],
    ['search:', null],
    ['other', null],
  ])('%j names %j', (key, kind) => {
    expect(readListKey(key)).toEqual(kind);
  });
});

describe('parseReadingList', () => {
  test.each([
    [null, null],
    ['text', null],
    [{ key: 'notes' }, null],
    [{ key: 'notes', notes: [{ slug: 'a' }] }, null],
    [{ key: 1, notes: [] }, null],
    [{ key: 'notes', notes: [{ slug: 'a', title: 'A', extra: true }] }, { key: 'notes', notes: [{ slug: 'a', title: 'A' }] }],
  ])('%j reads as %j', (value, expected) => {
    expect(parseReadingList(value)).toEqual(expected);
  });
});

describe('saving and loading', () => {
  beforeEach(() => sessionStorage.clear());

  test('the list saved is the one loaded by its key, and only by its key', () => {
    saveReadingList(list);
    expect(loadReadingList(list.key)).toEqual(list);
    expect(loadReadingList('notes')).toBeNull();
  });

  test('nothing saved, or something unreadable, loads as nothing', () => {
    expect(loadReadingList('notes')).toBeNull();
    sessionStorage.setItem('examflow-reading-list', '{not json');
    expect(loadReadingList('notes')).toBeNull();
  });
});
