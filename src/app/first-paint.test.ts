// @vitest-environment jsdom
import { SETTINGS_KEY } from '../store/settings';
import { firstPaintScript } from './first-paint';

/** Runs the inline script on a page whose saved settings are `saved`, and returns what it marked on <html>. */
function marksFor(saved: object | null): DOMStringMap {
  localStorage.clear();
  for (const key of Object.keys(document.documentElement.dataset)) delete document.documentElement.dataset[key];
  if (saved) localStorage.setItem(SETTINGS_KEY, JSON.stringify({ state: saved, version: 1 }));
  new Function(firstPaintScript())();
  return document.documentElement.dataset;
}

describe('firstPaintScript', () => {
  test.each([
    ['nothing saved', null, false],
    ['options in the note order', { language: 'en', theme: 'light', shuffleOptions: false }, false],
    ['shuffled options', { language: 'en', theme: 'light', shuffleOptions: true }, true],
    ['a value that is not a setting', { language: 'en', theme: 'light', shuffleOptions: 'yes' }, false],
  ])('%s: the page is marked for shuffled options only when they are', (_name, saved, marked) => {
    expect(marksFor(saved).shuffleOptions !== undefined).toBe(marked);
  });

  test('the saved theme is applied', () => {
    expect(marksFor({ language: 'en', theme: 'dark' }).theme).toBe('dark');
  });
});
