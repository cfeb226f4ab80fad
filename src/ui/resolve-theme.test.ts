import { resolveTheme } from './resolve-theme';

describe('resolveTheme', () => {
  test('a chosen palette is shown whatever the system prefers', () => {
    for (const systemDark of [true, false]) {
      expect(resolveTheme('light', systemDark)).toBe('light');
      expect(resolveTheme('dark', systemDark)).toBe('dark');
    }
  });

  test('the system setting, a missing one and an unreadable one follow the system', () => {
    for (const setting of ['system', undefined, null, 'Dark', 42, {}]) {
      expect(resolveTheme(setting, true)).toBe('dark');
      expect(resolveTheme(setting, false)).toBe('light');
    }
  });
});
