import { endOfLocalDay, localDate, startOfLocalDay } from './schedule-days';

// Built from local fields, so the tests hold in whatever time zone they run.
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();

describe('local days', () => {
  test.each([
    [local(2026, 3, 1, 9), '2026-03-01'],
    [local(2026, 12, 31, 23, 59), '2026-12-31'],
    [local(2027, 1, 1, 0, 0), '2027-01-01'],
  ])('localDate(%i) is %s', (time, date) => {
    expect(localDate(time)).toBe(date);
  });

  test('startOfLocalDay counts calendar days across a month end', () => {
    expect(startOfLocalDay(local(2026, 2, 27, 15), 0)).toBe(local(2026, 2, 27));
    expect(startOfLocalDay(local(2026, 2, 27, 15), 3)).toBe(local(2026, 3, 2));
  });

  test('endOfLocalDay is the millisecond before tomorrow', () => {
    expect(endOfLocalDay(local(2026, 3, 1, 9))).toBe(local(2026, 3, 2) - 1);
  });
});
