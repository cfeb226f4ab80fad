/**
 * Plans the question packs: the quiz part of every note (questions, reason, flows) split into a bounded
 * number of chunks, so starting "practise all", a tag or an exam fetches a few packs instead of one
 * chunk per note, at any vault size.
 *
 * Packs go by size, not by tag: a note carries several tags, so per-tag packs would repeat its questions
 * and "practise all" or an exam would need every tag's pack, a count that grows with the vault. Packs by
 * size keep the count under MAX_PACKS whatever the vault holds; ordering notes by their first tag before
 * cutting keeps a tag's notes in neighbouring packs, so practising one tag opens one or two of them.
 */

/** The most packs a vault is cut into: with the app's own chunks, any selection stays under 20 requests. */
export const MAX_PACKS = 12;

/** Below this size (JSON bytes) packs are not split further: a small vault makes a few mid-sized packs. */
export const MIN_PACK_BYTES = 48_000;

/** What the planner knows of one note. */
export interface PackInput {
  slug: string;
  tags: readonly string[];
  questionCount: number;
  /** The size of the note's quiz part, in bytes of JSON (an estimate is enough: it only balances packs). */
  bytes: number;
}

/** The plan: the pack of each input note (-1 for a note without questions, which no pack holds). */
export interface PackPlan {
  packOf: number[];
  count: number;
}

/** Cuts the notes with questions into at most MAX_PACKS packs of about equal size, grouped by first tag. */
export function planPacks(notes: readonly PackInput[], maxPacks = MAX_PACKS, minBytes = MIN_PACK_BYTES): PackPlan {
  const packOf = notes.map(() => -1);
  const asking = notes
    .map((note, index) => ({ note, index, key: note.tags[0] ?? '' }))
    .filter(({ note }) => note.questionCount > 0)
    // Code-unit order, not locale order: the plan must not change with the machine that builds it.
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index));
  const total = asking.reduce((sum, { note }) => sum + Math.max(0, note.bytes), 0);
  const target = Math.max(minBytes, Math.ceil(total / maxPacks), 1);
  let before = 0;
  for (const { note, index } of asking) {
    const bytes = Math.max(0, note.bytes);
    // A note goes to the pack its middle byte falls in, so no pack passes the target by more than half a note
    // and the last pack index can never exceed maxPacks - 1.
    const pack = Math.min(maxPacks - 1, Math.floor((before + bytes / 2) / target));
    packOf[index] = pack;
    before += bytes;
  }
  // A very large note can leave a pack number unused: renumber so the packs are 0..count-1.
  const used = [...new Set(packOf.filter((p) => p >= 0))].sort((a, b) => a - b);
  const to = new Map(used.map((pack, i) => [pack, i]));
  return { packOf: packOf.map((pack) => to.get(pack) ?? -1), count: used.length };
}
