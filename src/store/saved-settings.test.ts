import { readSavedSettings, savedSettingsText } from './saved-settings';
import { defaultSettings } from './settings-schema';

const prerendered = defaultSettings('en');

test.each([
  ['nothing saved: the browser language, the rest as pre-rendered', null, { ...prerendered, language: 'ko' }],
  ['text that is not JSON counts as nothing saved', '}{ not json', { ...prerendered, language: 'ko' }],
  ['a saved language wins over the browser', JSON.stringify({ state: { language: 'en', theme: 'dark' }, version: 1 }), { ...prerendered, theme: 'dark' }],
  ['every valid field is kept', JSON.stringify({ state: { ...prerendered, passMark: 800, remoteImages: 'off' }, version: 1 }), { ...prerendered, passMark: 800, remoteImages: 'off' }],
  ['a bad field costs only itself', JSON.stringify({ state: { theme: 'purple', examMinutes: 90 }, version: 1 }), { ...prerendered, language: 'ko', examMinutes: 90 }],
  ['an older version is salvaged the same way', JSON.stringify({ state: { shuffleOptions: true }, version: 0 }), { ...prerendered, language: 'ko', shuffleOptions: true }],
  ['a value of another shape counts as nothing saved', JSON.stringify(['dark']), { ...prerendered, language: 'ko' }],
])('%s', (_case, saved, expected) => {
  expect(readSavedSettings(saved, prerendered, 'ko')).toEqual(expected);
});

test('saved text holds the settings only, in the shape the first-paint script reads, and reads back the same', () => {
  const settings = { ...prerendered, theme: 'dark' as const, examQuestions: 20 };
  const text = savedSettingsText({ ...settings, update: () => {} } as typeof settings);
  expect(JSON.parse(text)).toEqual({ state: settings, version: 1 });
  expect(readSavedSettings(text, prerendered, 'ko')).toEqual(settings);
});
