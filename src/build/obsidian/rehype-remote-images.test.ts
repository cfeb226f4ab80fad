import { toHtml } from 'hast-util-to-html';
import type { Element, Root } from 'hast';
import { rehypeRemoteImages } from './rehype-remote-images.ts';

const img = (properties: Record<string, string>): Element => ({ type: 'element', tagName: 'img', properties, children: [] });
const run = (properties: Record<string, string>, parent = 'p') => {
  const tree: Root = { type: 'root', children: [{ type: 'element', tagName: parent, properties: {}, children: [img(properties)] }] };
  rehypeRemoteImages()(tree);
  return toHtml(tree);
};
const outsideNoscript = (html: string) => html.replace(/<noscript>.*<\/noscript>/, '');

describe('rehypeRemoteImages', () => {
  test.each([
    ['https', 'https://img.example.com/a.png'],
    ['http', 'http://img.example.com/a.png'],
    ['protocol-relative', '//img.example.com/a.png'],
  ])('puts a %s image where only a page without scripts loads it, beside a placeholder', (_name, src) => {
    const html = run({ src, alt: 'Lake' });
    // Outside <noscript> nothing names the image as a source a browser would fetch.
    expect(outsideNoscript(html)).not.toMatch(/<img|\ssrc=/);
    expect(html).toMatch(/<noscript><img src="[^"]+" alt="Lake" referrerpolicy="no-referrer" loading="lazy" decoding="async"><\/noscript>/);
    expect(html).toContain(`data-remote-src="${src}"`);
    expect(html).toContain('<span class="remote-image-host">img.example.com</span>');
    expect(html).toContain('<span class="sr-only">: Lake</span>');
  });

  test('names the host where the image has no alt text', () => {
    expect(run({ src: 'https://img.example.com/a.png' })).toContain('<span class="remote-image-alt">img.example.com</span>');
  });

  test.each([
    ['no size: a 16:9 box as wide as the column', { alt: 'Lake' }, '<svg class="remote-image-box" viewBox="0 0 16 9" aria-hidden="true" focusable="false"></svg>', 'Lake'],
    ["Obsidian's |width", { alt: 'Lake|300' }, '<svg class="remote-image-box" viewBox="0 0 16 9" width="300" aria-hidden="true" focusable="false"></svg>', 'Lake'],
    ["Obsidian's |widthxheight", { alt: 'Lake | 300x200' }, '<svg class="remote-image-box" viewBox="0 0 300 200" width="300" aria-hidden="true" focusable="false"></svg>', 'Lake'],
    ['HTML width and height', { alt: 'Lake', width: '40', height: '30' }, '<svg class="remote-image-box" viewBox="0 0 40 30" width="40" aria-hidden="true" focusable="false"></svg>', 'Lake'],
    ['a pipe that is no size', { alt: 'A | B' }, 'viewBox="0 0 16 9" aria-hidden', 'A | B'],
  ])('reserves the image box: %s', (_name, properties, box, alt) => {
    const html = run({ src: 'https://img.example.com/a.png', ...properties });
    expect(html).toContain(box);
    expect(html).toContain(`data-remote-alt="${alt}"`);
    expect(html).toContain(`<img src="https://img.example.com/a.png" alt="${alt}"`);
  });

  test('inside a link, the placeholder offers no button (a control inside a control)', () => {
    const html = run({ src: 'https://img.example.com/a.png', alt: 'Lake' }, 'a');
    expect(html).toContain('remote-image-placeholder');
    expect(html).not.toContain('<button');
  });

  test.each([
    ['a vault attachment', '__examflow_attachment_0__'],
    ['a data URL', 'data:image/png;base64,AAAA'],
    ['a path on the site', '/favicon.svg'],
  ])('leaves %s as it is', (_name, src) => {
    expect(run({ src, alt: 'x' })).toBe(`<p><img src="${src}" alt="x"></p>`);
  });
});
