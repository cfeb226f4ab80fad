/**
 * Question ids that survive what authors do to notes. A question is named by its stem's key (case,
 * punctuation, emphasis and "(Choose two)" hints aside: see stem-key.ts), not by its note's file, so renaming
 * or moving a note, or a same-named note elsewhere, keeps every id. An explicit Obsidian block id on the stem
 * (`… ^q-logs`) names the question by the note's frontmatter `id` (else its slug) and the block instead, so
 * even a rewritten stem keeps it.
 */
import { stemKey } from './stem-key.ts';

/** FNV-1a 32-bit hash of a string's UTF-16 code units, as 8 hex digits. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

const BLOCK_ID = /\s+\^([A-Za-z0-9][A-Za-z0-9-]*)\s*$/u;

/** A stem without its trailing Obsidian block id, and the block id (or null). */
export function splitBlockId(stem: string): { stem: string; blockId: string | null } {
  const match = stem.match(BLOCK_ID);
  return match === null ? { stem, blockId: null } : { stem: stem.slice(0, match.index).trimEnd(), blockId: match[1] ?? null };
}

/** What names one question: its stem and, when the author gave one, its block id. */
export interface QuestionName {
  stem: string;
  blockId: string | null;
}

/** Ids for the questions of a note (`noteKey`: frontmatter id, else slug); repeats in a note get "-2", "-3"... */
export function questionIds(noteKey: string, questions: QuestionName[]): string[] {
  const seen = new Map<string, number>();
  return questions.map(({ stem, blockId }, index) => {
    const key = stemKey(stem);
    const base = blockId !== null ? fnv1a(`${noteKey}#^${blockId}`) : fnv1a(key === '' ? `${noteKey}\n#${index}` : key);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}

/** The id a question had before ids outlived renames (hash of note slug and stem), so older progress finds it. */
export function formerQuestionId(slug: string, stem: string): string {
  return fnv1a(`${slug}\n${stem.replace(/\s+/g, ' ').trim()}`);
}

/** The id a question gets when another note of the vault asks the same question: its note's key makes it unique. */
export function disambiguatedId(noteKey: string, id: string): string {
  return fnv1a(`${noteKey}\n${id}`);
}
