import type { Selection } from '../../quiz/selection';
import { paths } from '../paths';
import { originOf, practiceQueryOf, readPracticeQuery, sameSelection } from './practice-query';

describe('readPracticeQuery', () => {
  test.each([
    ['note=kms', { kind: 'selection', selection: { kind: 'note', slug: 'kms' } }],
    ['tag=service/kms', { kind: 'selection', selection: { kind: 'tag', tag: 'service/kms' } }],
    ['tag=service/*', { kind: 'selection', selection: { kind: 'tag', tag: 'service/*' } }],
    ['mode=all', { kind: 'selection', selection: { kind: 'all' } }],
    ['mode=wrong', { kind: 'selection', selection: { kind: 'wrong' } }],
    ['mode=flagged', { kind: 'selection', selection: { kind: 'flagged' } }],
    ['mode=due', { kind: 'due' }],
    ['mode=toString', { kind: 'invalid', reason: 'unknown-mode' }],
    ['ids=a,b', { kind: 'selection', selection: { kind: 'ids', ids: ['a', 'b'] } }],
    ['ids=a&from=review', { kind: 'selection', selection: { kind: 'ids', ids: ['a'] }, from: 'review' }],
    ['ids=a&from=retry', { kind: 'selection', selection: { kind: 'ids', ids: ['a'] }, from: 'retry' }],
    ['ids=a&from=elsewhere', { kind: 'selection', selection: { kind: 'ids', ids: ['a'] } }],
    ['', { kind: 'invalid', reason: 'nothing-asked' }],
    ['note=x&tag=y', { kind: 'selection', selection: { kind: 'note', slug: 'x' } }],
    ['note=x&fresh=1', { kind: 'selection', selection: { kind: 'note', slug: 'x' }, fresh: true }],
    ['mode=due&fresh=1', { kind: 'due' }],
  ])('%s', (query, expected) => {
    expect(readPracticeQuery(new URLSearchParams(query))).toEqual(expected);
  });

  test.each([
    ['', { kind: 'selection', selection: { kind: 'note', slug: 'kms' } }],
    ['fresh=1', { kind: 'selection', selection: { kind: 'note', slug: 'kms' }, fresh: true }],
    ['note=other&mode=all', { kind: 'selection', selection: { kind: 'note', slug: 'kms' } }],
  ])('/practice/kms?%s', (query, expected) => {
    expect(readPracticeQuery(new URLSearchParams(query), 'kms')).toEqual(expected);
  });

  test('an ids path reads back as the same ids', () => {
    const query = paths.practice({ ids: ['q-1', 'q-2'] }).split('?')[1];
    expect(readPracticeQuery(new URLSearchParams(query))).toEqual({ kind: 'selection', selection: { kind: 'ids', ids: ['q-1', 'q-2'] } });
  });
});

describe('originOf', () => {
  test.each([
    [paths.practice({ ids: ['q-1'], from: 'review' }), 'review'],
    [paths.practice({ ids: ['q-1'], from: 'retry' }), 'retry'],
    [paths.practice({ ids: ['q-1'] }), 'practice'],
    [paths.practice({ note: 'kms' }), 'practice'],
    [paths.practice({ mode: 'due' }), 'practice'],
    ['/practice?from=review', 'practice'],
  ])('%s starts a session of origin %s', (path, origin) => {
    expect(originOf(readPracticeQuery(new URLSearchParams(path.split('?')[1])))).toBe(origin);
  });
});

describe('sameSelection', () => {
  test.each([
    [{ kind: 'note', slug: 'a' }, { kind: 'note', slug: 'a' }, true],
    [{ kind: 'note', slug: 'a' }, { kind: 'note', slug: 'b' }, false],
    [{ kind: 'all' }, { kind: 'wrong' }, false],
  ] as const)('%j vs %j', (a, b, same) => {
    expect(sameSelection(a, b)).toBe(same);
  });
});

describe('practiceQueryOf', () => {
  test.each<[Selection]>([
    [{ kind: 'note', slug: 'kms' }],
    [{ kind: 'note', slug: '키 관리/kms?' }],
    [{ kind: 'tag', tag: 'service/*' }],
    [{ kind: 'wrong' }],
    [{ kind: 'flagged' }],
    [{ kind: 'all' }],
    [{ kind: 'ids', ids: ['a', 'b'] }],
  ])('%j links back to itself', (selection) => {
    const query = practiceQueryOf(selection);
    // As the router hands the page its link: a note's slug from the path, decoded, the rest from the query.
    const url = new URL(paths.practice(query!), 'http://site');
    const slug = /^\/practice\/(.+)$/.exec(url.pathname)?.[1];
    const read = readPracticeQuery(url.searchParams, slug === undefined ? undefined : decodeURIComponent(slug));
    expect(read).toEqual({ kind: 'selection', selection });
  });

  test.each([
    ['review', { ids: ['a'], from: 'review' }],
    ['retry', { ids: ['a'], from: 'retry' }],
    ['practice', { ids: ['a'] }],
    ['exam', { ids: ['a'] }],
  ] as const)('a list of ids of origin %s links back with its origin', (origin, query) => {
    expect(practiceQueryOf({ kind: 'ids', ids: ['a'] }, origin)).toEqual(query);
  });

  test('a set of notes has no link', () => {
    expect(practiceQueryOf({ kind: 'notes', slugs: ['a'] })).toBeNull();
  });
});
