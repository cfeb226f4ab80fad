import { hasSavedProgress, PROGRESS_KEY } from './progress-key';

describe('hasSavedProgress', () => {
  const storage = (entries: Record<string, string>) => () => ({ getItem: (key: string) => entries[key] ?? null });
  test.each([
    ['nothing saved', storage({}), false],
    ['progress saved, even unreadable', storage({ [PROGRESS_KEY]: '{"state":' }), true],
    ['only settings saved', storage({ 'examflow-settings': '{}' }), false],
    ['storage that cannot be read: look anyway', () => { throw new Error('SecurityError'); }, true],
  ])('%s', (_name, read, expected) => {
    expect(hasSavedProgress(read as () => Pick<Storage, 'getItem'>)).toBe(expected);
  });
});
