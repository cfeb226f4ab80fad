import { defaultSchema, type Schema } from 'hast-util-sanitize';

/**
 * What a note's HTML may hold before the build adds its own trusted markup (KaTeX, highlighting, copy
 * buttons): GitHub's rules (no scripts, no handlers, only http(s)/mailto links), plus the elements and
 * attributes the Obsidian syntax renders to. Raw HTML never gets this far: remark-rehype drops it.
 */
export const NOTE_SCHEMA: Schema = {
  ...defaultSchema,
  // Ids come from the build (headings, block ids), never from the note's own HTML.
  clobber: [],
  tagNames: [...(defaultSchema.tagNames ?? []), 'mark', 'audio', 'video'],
  attributes: {
    ...defaultSchema.attributes,
    '*': [
      ...(defaultSchema.attributes?.['*'] ?? []),
      'className', 'dataCallout', 'dataCalloutType', 'dataCalloutKind', 'dataCalloutTitle', 'dataCalloutBody',
    ],
    // GitHub's rules allow one class on links (footnote back-references); wiki links and tags carry their own.
    a: [...(defaultSchema.attributes?.a ?? []).filter((rule) => !(Array.isArray(rule) && rule[0] === 'className')), 'className'],
    img: [...(defaultSchema.attributes?.img ?? []), 'loading', 'width', 'height'],
    audio: ['src', 'controls'],
    video: ['src', 'controls'],
  },
};
