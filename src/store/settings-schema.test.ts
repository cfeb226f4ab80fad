import { defaultSettings, salvageSettings } from './settings-schema';

const defaults = defaultSettings('en');

describe('salvageSettings', () => {
  test.each([
    ['null', null, defaults],
    ['a string', 'garbage', defaults],
    ['a valid object', { ...defaults, language: 'ko', theme: 'dark' }, { ...defaults, language: 'ko', theme: 'dark' }],
    ['one bad field', { ...defaults, theme: 'purple', passMark: 720 }, { ...defaults, passMark: 720 }],
    ['out-of-range numbers', { examQuestions: 0, examMinutes: -5, passMark: 2000 }, defaults],
    ['unknown fields', { hacker: true, shuffleOptions: true }, { ...defaults, shuffleOptions: true }],
    ['remote images off', { remoteImages: 'off' }, { ...defaults, remoteImages: 'off' }],
    ['remote images of no known mode', { remoteImages: 'sometimes' }, defaults],
  ])('%s', (_name, value, expected) => {
    expect(salvageSettings(value, defaults)).toEqual(expected);
  });
});
