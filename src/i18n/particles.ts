/**
 * Korean particles after a word filled into a message: 을/를, 이/가, 은/는, 과/와 and 으로/로 change with
 * whether the word, as read aloud, ends in a consonant. Option letters and numbers are read as Korean reads
 * them ("B" 비, "L" 엘, "3" 삼), so "옵션 L을" and "옵션 B를" both come out right.
 */

/** The particle pairs a message may ask for: the form after a final consonant, then the form after a vowel. */
export type ParticlePair = '을/를' | '이/가' | '은/는' | '과/와' | '으로/로';

const PAIRS: readonly string[] = ['을/를', '이/가', '은/는', '과/와', '으로/로'] satisfies ParticlePair[];

/** Whether a text names one of the particle pairs ("을/를"), for templates that spell the pair out. */
export function isParticlePair(pair: string): pair is ParticlePair {
  return PAIRS.includes(pair);
}

/** How a word's last sound ends: a vowel, ㄹ (which takes 로, not 으로), or another consonant. */
type Ending = 'vowel' | 'rieul' | 'consonant';

const RIEUL = 8;
// Letters as Korean names them: 엘/알 end in ㄹ, 엠/엔 in a consonant, the rest (에이, 비, 씨…) in a vowel.
const LETTER: Record<string, Ending> = { l: 'rieul', r: 'rieul', m: 'consonant', n: 'consonant' };
// 영 일 이 삼 사 오 육 칠 팔 구.
const DIGIT: Ending[] = ['consonant', 'rieul', 'vowel', 'consonant', 'vowel', 'vowel', 'consonant', 'rieul', 'rieul', 'vowel'];
// A digit glued to a Latin name is read in English ("S3" 에스쓰리, "EC2" 이씨투, "P4" 피포):
// zero 제로, one 원, two 투, three 쓰리, four 포, five 파이브, six 식스, seven 세븐, eight 에잇, nine 나인.
const ENGLISH_DIGIT: Ending[] = ['vowel', 'consonant', 'vowel', 'vowel', 'vowel', 'vowel', 'vowel', 'consonant', 'consonant', 'consonant'];
// 십 백 천 만: what a round number ends in, by how many zeros it has.
const ZEROS: Ending[] = ['consonant', 'consonant', 'consonant', 'consonant', 'consonant'];

function ending(word: string): Ending {
  // Brackets, quotes and spaces after the word are not read aloud.
  const text = word.replace(/[\s)\]}"'’”»›>.,!?:;·…]+$/u, '');
  const last = text.at(-1) ?? '';
  const code = last.codePointAt(0) ?? 0;
  if (code >= 0xac00 && code <= 0xd7a3) {
    const final = (code - 0xac00) % 28;
    return final === 0 ? 'vowel' : final === RIEUL ? 'rieul' : 'consonant';
  }
  if (/\d/.test(last)) {
    if (/[a-z]\d$/i.test(text)) return ENGLISH_DIGIT[Number(last)] ?? 'vowel';
    const digits = text.match(/\d+$/)?.[0] ?? last;
    const zeros = digits.match(/0+$/)?.[0].length ?? 0;
    if (zeros > 0 && zeros < digits.length) return ZEROS[Math.min(zeros, ZEROS.length) - 1] ?? 'consonant';
    return DIGIT[Number(last)] ?? 'vowel';
  }
  if (/[a-z]/i.test(last)) {
    const run = text.match(/[a-z]+$/i)?.[0] ?? '';
    const word = run.toLowerCase();
    // A single letter or an acronym is read letter by letter: "B는", "EMR은" (이엠알).
    if (word.length === 1 || run === run.toUpperCase()) return LETTER[last.toLowerCase()] ?? 'vowel';
    // English words: a final m, n, ng or l is heard as a consonant ("Lambda는" but "EMR은", "Glue는").
    if (/l$/.test(word)) return 'rieul';
    return /(?:m|n|ng)$/.test(word) ? 'consonant' : 'vowel';
  }
  return 'vowel';
}

/** The particle of `pair` that fits after `word` ("옵션 B", "을/를" -> "를"). */
export function particle(word: string, pair: ParticlePair): string {
  const [afterConsonant = '', afterVowel = ''] = pair.split('/');
  const end = ending(word);
  if (pair === '으로/로') return end === 'consonant' ? afterConsonant : afterVowel;
  return end === 'vowel' ? afterVowel : afterConsonant;
}

/** The word followed by the particle of `pair` that fits it ("B", "이/가" -> "B가"). */
export function withParticle(word: string, pair: ParticlePair): string {
  return `${word}${particle(word, pair)}`;
}
