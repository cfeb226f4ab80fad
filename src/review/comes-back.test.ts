import { formatWait, waitUntil } from './comes-back';

const now = new Date(2026, 2, 1, 12).getTime();
const minutes = (n: number) => n * 60_000;
const hours = (n: number) => n * 3_600_000;
const days = (n: number) => n * 86_400_000;

describe('waitUntil', () => {
  test.each([
    ['overdue still comes back in a minute', -minutes(5), { value: 1, unit: 'minute' }],
    ['a one-minute step', minutes(1), { value: 1, unit: 'minute' }],
    ['ten minutes', minutes(10), { value: 10, unit: 'minute' }],
    ['59 and a half minutes round to an hour', minutes(59.6), { value: 1, unit: 'hour' }],
    ['five hours', hours(5) + minutes(10), { value: 5, unit: 'hour' }],
    ['23 hours and 40 minutes round to a day', hours(23) + minutes(40), { value: 1, unit: 'day' }],
    ['three days', days(3) + hours(2), { value: 3, unit: 'day' }],
    ['59 days stay days', days(59), { value: 59, unit: 'day' }],
    ['four months', days(121), { value: 4, unit: 'month' }],
  ])('%s', (_, offset, wait) => {
    expect(waitUntil(now + offset, now)).toEqual(wait);
  });
});

describe('formatWait', () => {
  test.each([
    [{ value: 10, unit: 'minute' }, 'ko', '10분 후'],
    [{ value: 3, unit: 'day' }, 'ko', '3일 후'],
    [{ value: 1, unit: 'minute' }, 'en', 'in 1 minute'],
    [{ value: 3, unit: 'day' }, 'en', 'in 3 days'],
    [{ value: 2, unit: 'month' }, 'ko', '2개월 후'],
  ] as const)('%o in %s', (wait, language, text) => {
    expect(formatWait(wait, language)).toBe(text);
  });
});
