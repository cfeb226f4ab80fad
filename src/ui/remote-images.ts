import { createContext } from 'react';
import type { ValueSource } from './value-store';

/** Whether images from other hosts load with the page ('show') or wait for the reader's click ('off'). */
export type RemoteImageMode = 'show' | 'off';

/** Where a {@link RichText} reads the reader's remote-image choice: null until the saved settings are read. */
export type RemoteImagesSource = ValueSource<RemoteImageMode>;

const showEverywhere: RemoteImagesSource = { subscribe: () => () => {}, get: () => 'show' };

/**
 * The source of the remote-image choice for every {@link RichText} below it ('show' where nothing provides
 * one), a source and not the choice itself (see {@link ValueSource}).
 */
export const RemoteImagesContext = createContext<RemoteImagesSource>(showEverywhere);

/**
 * Settles every remote image under `root` that the build left waiting (src/build/obsidian/rehype-remote-images.ts):
 * 'show' loads it, 'off' marks it so its placeholder offers a button. An image already shown stays shown.
 */
export function applyRemoteImages(root: ParentNode, mode: RemoteImageMode | null): void {
  if (mode === null) return;
  for (const holder of root.querySelectorAll<HTMLElement>('.remote-image:not([data-state="shown"])')) {
    if (mode === 'show') showRemoteImage(holder, false);
    else holder.dataset.state = 'off';
  }
}

/** The selector of a remote image's Load button's place, as a long note's later parts reach the pre-rendered page. */
const LOAD_PLACE = '.remote-image-load.button-place';

/**
 * Makes a button of every remote image's Load button place under `root` (a long note's later parts reach the
 * pre-rendered page with places, not buttons: see partsTableModule), with the place's labels, so it answers
 * a click (useRichTextClick) and is seen as the reader's setting says. Returns how many it drew.
 */
export function drawRemoteLoadButtons(root: ParentNode): number {
  let drawn = 0;
  for (const place of root.querySelectorAll(LOAD_PLACE)) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-small remote-image-load';
    button.append(...place.childNodes);
    place.replaceWith(button);
    drawn += 1;
  }
  return drawn;
}

/**
 * Draws a remote image in its reserved box, sent with no referrer; the placeholder stays in the page, hidden
 * (removing it would change what was pre-rendered). `focus` moves the keyboard to the image when the reader
 * asked for it with the placeholder's button, which the image hides.
 */
export function showRemoteImage(holder: HTMLElement, focus: boolean): void {
  const { remoteSrc, remoteAlt, remoteWidth, remoteHeight } = holder.dataset;
  if (!remoteSrc || holder.dataset.state === 'shown') return;
  const image = document.createElement('img');
  image.referrerPolicy = 'no-referrer';
  image.decoding = 'async';
  image.alt = remoteAlt ?? '';
  if (remoteWidth) image.setAttribute('width', remoteWidth);
  if (remoteHeight) image.setAttribute('height', remoteHeight);
  if (!focus) image.loading = 'lazy';
  image.src = remoteSrc;
  holder.append(image);
  holder.dataset.state = 'shown';
  if (focus) {
    image.tabIndex = -1;
    image.focus();
  }
}
