// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { linkManifest, manifestUrl } from './link-manifest';

afterEach(() => {
  document.head.innerHTML = '';
});

describe('linkManifest', () => {
  test('links the manifest in <head>', () => {
    linkManifest(document, '/examflow/manifest.webmanifest');
    const links = document.head.querySelectorAll<HTMLLinkElement>('link[rel="manifest"]');
    expect([...links].map((link) => link.getAttribute('href'))).toEqual(['/examflow/manifest.webmanifest']);
  });

  test("links it once, however often it is asked (after the home page's first paint, then as its app starts)", () => {
    linkManifest(document, '/manifest.webmanifest');
    linkManifest(document, '/manifest.webmanifest');
    expect(document.head.querySelectorAll('link[rel="manifest"]')).toHaveLength(1);
  });

  test('works as inlined source, with nothing from its module', () => {
    const inlined = new Function('document', 'href', `(${linkManifest.toString()})(document, href)`) as (d: Document, h: string) => void;
    inlined(document, '/manifest.webmanifest');
    expect(document.head.querySelector('link[rel="manifest"]')?.getAttribute('href')).toBe('/manifest.webmanifest');
  });
});

describe('manifestUrl', () => {
  test.each([
    ['/', '/manifest.webmanifest'],
    ['/examflow/', '/examflow/manifest.webmanifest'],
    ['/examflow', '/examflow/manifest.webmanifest'],
  ])('under %s it is %s', (base, url) => {
    expect(manifestUrl(base)).toBe(url);
  });
});
