/**
 * Fills "{name}" slots of a sentence frame. "{name:은/는}" also appends the Korean particle that fits the
 * word's last sound, so "Amazon Rekognition" gets "은" and "Amazon S3" gets "는".
 */

/** How a word ends when read aloud: a vowel, the consonant ㄹ, or another consonant. */
export type FinalSound = 'vowel' | 'rieul' | 'consonant';

/** Reads the final sound of Hangul exactly and of Latin words and acronyms by how Koreans read them aloud. */
export function finalSound(word: string): FinalSound {
  const last = word.trim().slice(-1);
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) {
    const jong = (code - 0xac00) % 28;
    return jong === 0 ? 'vowel' : jong === 8 ? 'rieul' : 'consonant';
  }
  // Acronyms are read letter by letter: "EMR" ends in "알", "KMS" in "에스".
  if (/[A-Z]$/.test(word) && /[A-Z]{2}$/.test(word)) return /[LR]$/.test(word) ? 'rieul' : /[MN]$/.test(word) ? 'consonant' : 'vowel';
  if (/(?:m|n|ng)$/i.test(word)) return 'consonant';
  if (/l$/i.test(word)) return 'rieul';
  return 'vowel';
}

/** Picks the particle of a pair such as "은/는" (after a consonant / after a vowel) for a word. */
export function particle(word: string, pair: string): string {
  const [afterConsonant = '', afterVowel = ''] = pair.split('/');
  const sound = finalSound(word);
  // "(으)로" is the one pair where ㄹ behaves like a vowel.
  if (afterConsonant === '으로' && sound === 'rieul') return afterVowel;
  return sound === 'vowel' ? afterVowel : afterConsonant;
}

/** Fills the slots; an unknown slot stays as written so a typo shows in the output. */
export function fill(frame: string, slots: Readonly<Record<string, string>>): string {
  return frame.replace(/\{(\w+)(?::([^{}/]+\/[^{}/]+))?\}/g, (whole, name: string, pair: string | undefined) => {
    const value = slots[name];
    if (value === undefined) return whole;
    return pair === undefined ? value : value + particle(value, pair);
  });
}
