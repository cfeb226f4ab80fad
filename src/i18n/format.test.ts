import { formatMessage } from './format';
import { writeParticle } from './messages/ko/pack';

describe('formatMessage', () => {
  test.each([
    ['Hello {name}', { name: 'Kim' }, 'Hello Kim'],
    ['{n} of {total}', { n: 3, total: 10 }, '3 of 10'],
    ['Keeps {unknown}', { name: 'x' }, 'Keeps {unknown}'],
    ['No vars', undefined, 'No vars'],
    ['옵션 {label|을/를} 고르세요', { label: 'B' }, '옵션 B를 고르세요'],
    ['옵션 {label|을/를} 고르세요', { label: 'L' }, '옵션 L을 고르세요'],
    ['{file|은/는} {other|과/와} 같습니다', { file: '노트.md', other: '책' }, '노트.md는 책과 같습니다'],
    ['{x|bad} stays plain', { x: '값' }, '값 stays plain'],
  ])('%s', (template, vars, expected) => {
    expect(formatMessage(template, vars, writeParticle)).toBe(expected);
  });

  test('without the Korean pack a particle placeholder gives the plain value', () => {
    expect(formatMessage('옵션 {label|을/를}', { label: 'B' })).toBe('옵션 B');
  });
});
