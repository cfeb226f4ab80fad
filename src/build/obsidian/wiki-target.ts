import { slug as githubSlug } from 'github-slugger';
import { parseWikiLink } from '../../content/parse-wiki-link.ts';
import { blockAnchor } from './remark-block-ids.ts';

/** `[[link]]` or `![[embed]]` with its optional `!`, in any text. */
export const WIKI_LINK = /(!?)\[\[([^[\]\n]+)\]\]/g;

/** The parts of a wiki link or embed that rendering and checking both need. */
export interface WikiTarget {
  embed: boolean;
  /** The note or file named, as written; '' for a link inside the same note (`[[#heading]]`). */
  target: string;
  /** `#heading` or `#^block` without the `#`, or null. */
  section: string | null;
  /** The `|…` part: shown text for links, size for image embeds; null when absent. */
  alias: string | null;
  /** What a link shows when it has no alias. */
  text: string;
}

/** Reads the inside of `[[…]]`; null when nothing names a target. */
export function readWikiTarget(embed: boolean, inner: string): WikiTarget | null {
  const link = parseWikiLink(inner);
  if (!link) return null;
  const bar = inner.indexOf('|');
  const alias = bar === -1 ? null : inner.slice(bar + 1).trim() || null;
  const section = link.heading;
  // Obsidian shows `[[note#heading]]` as "note > heading".
  const text = alias ?? [link.target, section?.replace(/^\^/, '')].filter(Boolean).join(' > ');
  return { embed, target: link.target, section, alias, text };
}

/** The fragment a section points at: the heading's GitHub slug or the block's anchor. */
export function sectionFragment(section: string | null): string | null {
  if (!section) return null;
  // `[[note#A#B]]` names the sub-heading B of A: the last heading is the one that gets the anchor.
  const last = section.split('#').filter(Boolean).pop() ?? section;
  return last.startsWith('^') ? blockAnchor(last.slice(1)) : githubSlug(last);
}

const IMAGE = /\.(png|jpe?g|gif|bmp|svg|webp|avif)$/i;
const AUDIO = /\.(mp3|wav|m4a|ogg|flac|3gp|webm)$/i;
const VIDEO = /\.(mp4|ogv|mov|mkv)$/i;

/** How a file embed is shown: an image, a player, or (PDFs and the rest) a link to the file. */
export function attachmentKind(file: string): 'image' | 'audio' | 'video' | 'file' {
  if (IMAGE.test(file)) return 'image';
  if (AUDIO.test(file)) return 'audio';
  if (VIDEO.test(file)) return 'video';
  return 'file';
}

/** Whether an embed names a file rather than a note (it has an extension other than `.md`). */
export function namesAttachment(target: string): boolean {
  return /\.[A-Za-z0-9]{1,5}$/.test(target) && !/\.md$/i.test(target);
}

/** `![[img.png|300]]` and `|300x200`: the size an image is shown at, or null for a plain alias. */
export function imageSize(alias: string | null): { width: number; height?: number } | null {
  const match = alias?.match(/^(\d+)(?:x(\d+))?$/);
  if (!match) return null;
  return match[2] ? { width: Number(match[1]), height: Number(match[2]) } : { width: Number(match[1]) };
}
