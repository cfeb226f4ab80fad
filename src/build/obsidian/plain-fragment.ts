/**
 * The HTML of a fragment that holds no Markdown at all, without running the Markdown pipeline: most option
 * texts ("Amazon S3") and many explanations are one plain line, and a note renders each of them on its own.
 */

// One line that starts with a letter (so never a list item, heading or quote) and ends with a letter, digit or
// closing mark, made of letters, marks, digits, single spaces and punctuation that no rule of CommonMark,
// GFM or Obsidian reads as syntax: no `*_[]<>&#$=~|^%:@\` and no backtick, so no emphasis, link, tag, math,
// highlight, comment, entity, HTML or autolink (a literal `www.` autolink is ruled out on its own).
const PLAIN = /^\p{L}(?:[\p{L}\p{M}\p{N} ,.?!'"()/;-]*[\p{L}\p{M}\p{N}.?!)"'])?$/u;
const WWW = /www\./i;

/** `<p>text</p>` for a fragment the pipeline would render as just that paragraph, else null. */
export function plainParagraph(markdown: string): string | null {
  return PLAIN.test(markdown) && !WWW.test(markdown) && !markdown.includes('  ') ? `<p>${markdown}</p>` : null;
}
