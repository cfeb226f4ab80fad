// @vitest-environment jsdom
import { renderedBody } from '../../test/rendered-body';
import { PARSER_YIELD } from '../build/parser-yield';
import { partsTableModule } from '../build/vault-modules';
import { applyRemoteImages, drawRemoteLoadButtons, showRemoteImage, type RemoteImageMode } from './remote-images';

/** A note body with one remote image as the build writes it (shortened) and one image of the site. */
function body(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = '<p><span class="remote-image" data-remote-src="https://img.example.com/a.png" data-remote-alt="Lake" data-remote-width="300">'
    + '<svg class="remote-image-box"></svg><span class="remote-image-placeholder"><button type="button" class="remote-image-load">Load image</button></span></span>'
    + '<img src="/local.png" alt="local"></p>';
  document.body.replaceChildren(root);
  return root;
}
const remote = (root: HTMLElement) => root.querySelector<HTMLImageElement>('.remote-image img');
const holder = (root: HTMLElement) => root.querySelector<HTMLElement>('.remote-image')!;

describe('applyRemoteImages', () => {
  test.each<[string, RemoteImageMode | null, string | undefined, boolean]>([
    ['before the settings are read: nothing', null, undefined, false],
    ['show: the image, in its box', 'show', 'shown', true],
    ["don't load: the placeholder's button", 'off', 'off', false],
  ])('%s', (_name, mode, state, drawn) => {
    const root = body();
    applyRemoteImages(root, mode);
    expect(holder(root).dataset.state).toBe(state);
    expect(Boolean(remote(root))).toBe(drawn);
    // Nothing of the pre-rendered page is taken away: the placeholder is hidden by CSS, not removed.
    expect(root.querySelector('.remote-image-placeholder')).not.toBeNull();
    expect(root.querySelectorAll('img')).toHaveLength(drawn ? 2 : 1);
  });

  test('a shown image is sent with no referrer and keeps the size the note gave it', () => {
    const root = body();
    applyRemoteImages(root, 'show');
    const image = remote(root)!;
    expect(image.referrerPolicy).toBe('no-referrer');
    expect(image.getAttribute('src')).toBe('https://img.example.com/a.png');
    expect(image.alt).toBe('Lake');
    expect(image.getAttribute('width')).toBe('300');
    expect(image.getAttribute('height')).toBeNull();
  });

  test('an image already shown stays shown, once, when the reader then turns images off', () => {
    const root = body();
    applyRemoteImages(root, 'show');
    applyRemoteImages(root, 'off');
    applyRemoteImages(root, 'show');
    expect(holder(root).dataset.state).toBe('shown');
    expect(root.querySelectorAll('.remote-image img')).toHaveLength(1);
  });
});

describe('showRemoteImage', () => {
  test("loads the one image whose button was pressed and gives it the keyboard's focus", () => {
    const root = body();
    root.insertAdjacentHTML('beforeend', '<span class="remote-image other" data-remote-src="https://img.example.com/b.png"></span>');
    applyRemoteImages(root, 'off');
    showRemoteImage(holder(root), true);
    expect(remote(root)).toBe(document.activeElement);
    expect(root.querySelector<HTMLElement>('.other')!.dataset.state).toBe('off');
    expect(root.querySelector('.other img')).toBeNull();
  });
});

describe('drawRemoteLoadButtons', () => {
  // A long note's later part as its pre-rendered page holds it: the pre-render's own reading of the part's module.
  const prerenderedPart = (html: string): string => {
    const code = partsTableModule(['images'], [1])
      .replace(/^import (\w+) from ("[^"]+");$/gm, 'const $1 = load($2);')
      .replace(/export (async )?function (\w+)/g, 'exports.$2 = $1function $2');
    const exports: Record<string, (slug: string, index: number) => string> = {};
    new Function('exports', 'load', code)(exports, () => ({ html, questions: [], flows: [], diagrams: [] }));
    return exports.readPart!('images', 0);
  };

  test('makes the buttons the build drew of their places, the part then as the build wrote it', () => {
    const built = renderedBody('# Images\n\n![Lake](https://img.example.com/a.png)\n\n![](https://img.example.com/c.png)\n');
    const root = document.createElement('div');
    const part = prerenderedPart(built);
    // The pre-render's yield point after the part aside.
    expect(part.endsWith(PARSER_YIELD)).toBe(true);
    root.innerHTML = part.slice(0, -PARSER_YIELD.length);
    expect(root.querySelectorAll('button')).toHaveLength(0);
    expect(drawRemoteLoadButtons(root)).toBe(2);
    const written = document.createElement('div');
    written.innerHTML = built;
    expect(root.innerHTML).toBe(written.innerHTML);
    expect([...root.querySelectorAll('button')].map((button) => button.textContent)).toEqual(['Load image이미지 불러오기: Lake', 'Load image이미지 불러오기: img.example.com']);
    expect(drawRemoteLoadButtons(root)).toBe(0);
  });
});
