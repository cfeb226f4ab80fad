import { canonicalJson, readRemoteProgress } from './progress-sync';
import { PROGRESS_VERSION } from './migrations';
import { attempt } from '../../test/progress-test-data';

describe('canonicalJson', () => {
  test.each([
    [{ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } }, '{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}'],
    [[{ b: 1, a: 2 }], '[{"a":2,"b":1}]'],
    ['text', '"text"'],
  ])('%j → %s', (value, text) => {
    expect(canonicalJson(value)).toBe(text);
  });
});

describe('readRemoteProgress', () => {
  const a1 = attempt('a1', 'q1', '2026-01-01T00:00:00.000Z');

  test.each<[string, string, number | null]>([
    ['a current value', JSON.stringify({ state: { attempts: [a1] }, version: PROGRESS_VERSION }), 1],
    ['a version 2 value', JSON.stringify({ state: { attempts: [a1] }, version: 2 }), 1],
    ['a version 1 value', JSON.stringify({ state: { attempts: [{ ...a1, chosen: undefined, choice: 'A' }] }, version: 1 }), 1],
    ['a newer version', JSON.stringify({ state: { attempts: [a1] }, version: PROGRESS_VERSION + 1 }), null],
    ['broken JSON', '{', null],
  ])('%s', (_, raw, attempts) => {
    expect(readRemoteProgress(raw)?.attempts.length ?? null).toBe(attempts);
  });
});
