import { isRemoteImage } from './remote-image-cache';

const SITE = 'https://notes.example.org';

describe('isRemoteImage', () => {
  test.each([
    ['an image from another host', 'image', 'https://img.example.com/a.png', true],
    ['an image over plain http', 'image', 'http://img.example.com/a.png', true],
    ["the site's own image", 'image', `${SITE}/icons/icon-192.png`, false],
    ['a script from another host', 'script', 'https://img.example.com/a.js', false],
    ['a fetch from another host', '', 'https://img.example.com/a.png', false],
    ['a data URL', 'image', 'data:image/png;base64,AAAA', false],
  ])('%s: %s', (_name, destination, url, expected) => {
    expect(isRemoteImage({ destination }, new URL(url), SITE)).toBe(expected);
  });
});
