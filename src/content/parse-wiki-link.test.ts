import { parseWikiLink } from './parse-wiki-link.ts';

describe('parseWikiLink', () => {
  test.each([
    ['kms-encryption', { target: 'kms-encryption', heading: null, text: 'kms-encryption' }],
    ['kms|KMS 노트', { target: 'kms', heading: null, text: 'KMS 노트' }],
    ['kms#키 정책', { target: 'kms', heading: '키 정책', text: 'kms › 키 정책' }],
    ['kms#키 정책|정책', { target: 'kms', heading: '키 정책', text: '정책' }],
    [' spaced ', { target: 'spaced', heading: null, text: 'spaced' }],
    ['#local', { target: '', heading: 'local', text: 'local' }],
    ['kms#', { target: 'kms', heading: null, text: 'kms' }],
    ['', null],
    [' | ', null],
  ])('%j', (inner, expected) => {
    expect(parseWikiLink(inner)).toEqual(expected);
  });
});
