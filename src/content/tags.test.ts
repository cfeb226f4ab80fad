import { describe, expect, it } from 'vitest';
import { keyMatches, tagKey, tagMatches } from './tags';

describe('tagMatches', () => {
  it.each([
    ['service/kms', 'service', true],
    ['Service/KMS', 'service/kms', true],
    ['#service / kms', 'service/kms', true],
    ['services', 'service', false],
    ['service', 'service/kms', false],
    ['service', '', false],
    ['카페/메뉴', '카페', true],
  ])('%s under %s is %s', (noteTag, tag, expected) => {
    expect(tagMatches(noteTag, tag)).toBe(expected);
    expect(keyMatches(tagKey(noteTag), tagKey(tag))).toBe(expected);
  });

  it('gives the same key to a spelling asked for again', () => {
    expect(tagKey('#A / b ')).toBe('a/b');
    expect(tagKey('#A / b ')).toBe('a/b');
  });
});
