import { takeEarly } from './take-early';

describe('takeEarly', () => {
  test('hands back the record once, and stops its listener', () => {
    const stop = vi.fn();
    const host: Record<string, unknown> = { early: { asked: true, stop } };
    expect(takeEarly(host, 'early')).toEqual({ asked: true, stop });
    expect(stop).toHaveBeenCalledTimes(1);
    expect('early' in host).toBe(false);
    expect(takeEarly(host, 'early')).toBeNull();
    expect(stop).toHaveBeenCalledTimes(1);
  });

  test('is null where no listener ran', () => {
    expect(takeEarly({}, 'early')).toBeNull();
  });
});
