/**
 * Fills "{name}" slots of a sentence frame. "{name:은/는}" also appends the Korean particle that fits the
 * word's last sound, so "Amazon Rekognition" gets "은" and "Amazon S3" gets "는".
 */
import { isParticlePair, particle as particleOf } from '../../i18n/particles';

/** Picks the particle of a pair such as "은/는" for a word: the interface's one rule (src/i18n/particles). */
export function particle(word: string, pair: string): string {
  return isParticlePair(pair) ? particleOf(word, pair) : '';
}

/** Fills the slots; an unknown slot stays as written so a typo shows in the output. */
export function fill(frame: string, slots: Readonly<Record<string, string>>): string {
  return frame.replace(/\{(\w+)(?::([^{}/]+\/[^{}/]+))?\}/g, (whole, name: string, pair: string | undefined) => {
    const value = slots[name];
    if (value === undefined) return whole;
    return pair === undefined ? value : value + particle(value, pair);
  });
}
