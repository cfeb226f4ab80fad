/**
 * Korean-aware tokenising shared by the index (build time) and queries (browser).
 * Korean attaches particles and endings to words and writes compounds without spaces, so whitespace
 * tokens never match a partial word: Hangul runs also become character bigrams, which a query's own
 * bigrams can match inside "암호화된" or "스케줄링은". Latin and digit runs become lowercased words.
 */

/** One run of the same script, as found in a query. */
export type QueryUnit =
  /** `glued`: written straight after a Latin or digit run, as the particle of "SageMaker에서" is. */
  | { kind: 'hangul'; run: string; bigrams: string[]; glued: boolean }
  | { kind: 'latin'; word: string };

// Hangul syllables only: lone jamo appear while an IME is still composing, and match nothing useful.
const RUN = /[\uAC00-\uD7A3]+|[\p{Script=Latin}\p{Nd}]+/gu;
const HANGUL = /^[\uAC00-\uD7A3]/;

/** Normalises text the same way everywhere: NFC (macOS file systems hand out NFD Hangul) and lowercase. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** Splits text into runs of Hangul syllables and runs of Latin letters or digits, in order. */
export function splitRuns(text: string): string[] {
  return normalizeText(text).match(RUN) ?? [];
}

/** Whether a run is Hangul (as opposed to Latin letters and digits). */
export function isHangulRun(run: string): boolean {
  return HANGUL.test(run);
}

/** The overlapping two-syllable pieces of a Hangul run; a one-syllable run is its own piece. */
export function hangulBigrams(run: string): string[] {
  if (run.length < 2) return [run];
  const grams: string[] = [];
  for (let i = 0; i + 2 <= run.length; i += 1) grams.push(run.slice(i, i + 2));
  return grams;
}

/**
 * The index terms of a text: each Latin word, and each Hangul run's bigrams, plus the whole run unless
 * `wholeRuns` is false (long fields skip them: each inflected form is its own term, a third of the index).
 */
export function tokenize(text: string, wholeRuns = true): string[] {
  const terms: string[] = [];
  for (const run of splitRuns(text)) {
    if (!isHangulRun(run)) {
      terms.push(run);
      continue;
    }
    if (wholeRuns || run.length <= 2) terms.push(run);
    if (run.length > 2) terms.push(...hangulBigrams(run));
  }
  return terms;
}

/** Cuts a query into units that must all match: Hangul runs (with their bigrams) and Latin words. */
export function tokenizeQuery(query: string): QueryUnit[] {
  const units: QueryUnit[] = [];
  const seen = new Set<string>();
  let latinEnd = -1;
  for (const match of normalizeText(query).matchAll(RUN)) {
    const run = match[0];
    const glued = match.index === latinEnd;
    if (!isHangulRun(run)) latinEnd = match.index + run.length;
    if (seen.has(run)) continue;
    seen.add(run);
    units.push(
      isHangulRun(run)
        ? { kind: 'hangul', run, bigrams: [...new Set(hangulBigrams(run))], glued }
        : { kind: 'latin', word: run },
    );
  }
  return units;
}
