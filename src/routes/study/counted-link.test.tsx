// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { CountedLink } from './counted-link';

const renderLink = (label: (count: string | number) => string, count: number | null) =>
  render(<MemoryRouter><CountedLink to="/review" label={label} count={count} /></MemoryRouter>);

describe('CountedLink', () => {
  test.each([
    ['English', (n: string | number) => `Practice the ones I got wrong (${n})`, '(12)', 'Practice the ones I got wrong '],
    ['Korean', (n: string | number) => `틀린 문제 다시 풀기 (${n})`, '(12)', '틀린 문제 다시 풀기 '],
    ['a count inside a word', (n: string | number) => `Due:${n} today`, 'Due:12', ' today'],
  ])('%s: the count and the words that touch it sit in one unbreakable group, the name is the plain label', (_, label, group, rest) => {
    renderLink(label, 12);
    const link = screen.getByRole('link', { name: label(12) });
    expect(link).toHaveTextContent(label(12), { normalizeWhitespace: false });
    expect(link.querySelector('.retry-count-group')?.textContent).toBe(group);
    expect(link.textContent?.replace(group, '')).toBe(rest);
  });

  test('while the count loads, its slot shows a dash as wide as a digit and the name says "…"', () => {
    renderLink((n) => `Due for review today (${n})`, null);
    expect(screen.getByRole('link', { name: 'Due for review today (…)' }).querySelector('.retry-count')?.textContent).toBe('\u2012)');
  });

  test.each([
    ['English', (n: string | number) => `Practice the ones I got wrong (${n})`, 0, '0)', '00)'],
    ['Korean', (n: string | number) => `틀린 문제 다시 풀기 (${n})`, 12, '12)', '00)'],
    ['a count inside a word', (n: string | number) => `Due:${n} today`, 3, '3', '00'],
  ])('%s: the count shares its slot with what follows it, so it sits against its parenthesis and the room is kept after it', (_, label, count, slot, room) => {
    renderLink(label, count);
    const counted = screen.getByRole('link', { name: label(count) }).querySelector('.retry-count');
    expect(counted?.textContent).toBe(slot);
    expect(counted?.getAttribute('data-room')).toBe(room);
  });
});
