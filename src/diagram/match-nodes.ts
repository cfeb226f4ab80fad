/**
 * Which boxes of a flow an answer option names. Each distinctive word of the option (a service, a concept,
 * an action) points at the boxes that carry it; among those, the box that shares the most weight with the
 * option wins, so "SageMaker notebook" lights the notebook box, not every SageMaker box. A box all of whose
 * distinctive words the option says lights too. Generic words ("role", "권한") only break ties, and so do the
 * words of a box's note in brackets: "Amazon Athena (SQL 쿼리로 데이터 분석)" is the Athena box, not a SQL box.
 * Words every option of a question says ("SageMaker notebook" in all four) tell no option apart, so they
 * are the question's, not the option's: they only break ties, like generic words.
 */
import { isGeneric, termsOf } from './terms.ts';
import type { Diagram } from './types.ts';

// How much a generic word counts next to a distinctive one, when scoring a box.
const GENERIC_WEIGHT = 0.25;
// How much a word in a box's bracketed note counts next to a word of its name.
const NOTE_WEIGHT = 0.5;
// The least share of a box's name an option must say to name that box.
const COVERAGE = 0.5;
// Scores closer than this are a tie.
const TIE = 1e-9;

interface Box {
  id: string;
  /** Every term of the label. */
  terms: Set<string>;
  /** The terms of the label's name: outside brackets, or the whole label when all of it is bracketed. */
  head: Set<string>;
}

/** Reads a box's terms, telling its name from its bracketed note. */
function readBox(id: string, label: string): Box {
  const terms = termsOf(label);
  const name = label.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ');
  const head = termsOf(name);
  return { id, terms, head: head.size > 0 ? head : terms };
}

/** How much each word of the flow tells its boxes apart: rarer words weigh more, generic ones little. */
function weigh(boxes: readonly Box[]): (term: string) => number {
  const count = new Map<string, number>();
  for (const { terms } of boxes) for (const term of terms) count.set(term, (count.get(term) ?? 0) + 1);
  const n = boxes.length;
  return (term) => {
    const df = count.get(term) ?? 0;
    if (df === 0) return 0;
    return (distinctive(term, df, n) ? 1 : GENERIC_WEIGHT) * Math.log(1 + n / df);
  };
}

/** A word is distinctive unless it is generic or written on most boxes of a flow of four or more. */
function distinctive(term: string, df: number, n: number): boolean {
  return !isGeneric(term) && !(n >= 4 && df * 2 > n);
}

/** The words every option of a question says: they belong to the question, not to one option. */
export function sharedTerms(options: readonly string[]): Set<string> {
  if (options.length < 2) return new Set();
  const [first, ...others] = options.map(termsOf);
  return new Set([...(first ?? [])].filter((term) => others.every((terms) => terms.has(term))));
}

/**
 * The ids of the nodes an option's text names, in diagram order; none when it names nothing drawn. `shared`
 * holds the words all options of its question say (see {@link sharedTerms}): they never light a box alone.
 */
export function matchNodes(text: string, diagram: Diagram, shared: ReadonlySet<string> = new Set()): string[] {
  if (!diagram.parsed) return [];
  const option = termsOf(text);
  if (option.size === 0) return [];
  const boxes = diagram.nodes.map((node) => readBox(node.id, node.label));
  const weight = weigh(boxes);
  const df = (term: string) => boxes.filter((b) => b.terms.has(term)).length;
  const isDistinctive = (term: string) => !shared.has(term) && distinctive(term, df(term), boxes.length);
  const score = (box: Box) =>
    [...box.terms].reduce((sum, term) => sum + (option.has(term) ? weight(term) * (box.head.has(term) ? 1 : NOTE_WEIGHT) : 0), 0);

  // The share of a box's name the option says: a box is only named when the option says at least half of it.
  const coverage = (box: Box) => {
    let said = 0;
    let all = 0;
    for (const term of box.head) {
      const g = isDistinctive(term) ? 1 : GENERIC_WEIGHT;
      all += g;
      if (option.has(term)) said += g;
    }
    return all === 0 ? 0 : said / all;
  };

  const lit = new Set<string>();
  for (const term of option) {
    if (!isDistinctive(term)) continue;
    const carriers = boxes.filter((b) => b.head.has(term) && coverage(b) >= COVERAGE);
    const scores = carriers.map(score);
    const best = Math.max(...scores);
    const winners = carriers.filter((_, i) => (scores[i] ?? 0) >= best - TIE);
    // A word on several boxes, with nothing else in the option to choose between them, names none of them.
    if (winners.length === 1 && winners[0]) lit.add(winners[0].id);
  }
  for (const box of boxes) {
    const own = [...box.head].filter(isDistinctive);
    if (own.length > 0 && own.every((term) => option.has(term))) lit.add(box.id);
  }
  return boxes.filter((b) => lit.has(b.id)).map((b) => b.id);
}
