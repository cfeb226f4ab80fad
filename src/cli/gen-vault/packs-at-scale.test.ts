import { MAX_PACKS, planPacks, type PackInput } from '../../build/question-packs';
import { selectionTagMatches } from '../../quiz/selection';
import { generateVault } from './vault';

// The pack planner at the scale the issue names: whatever the vault's size, a quiz opens at most MAX_PACKS packs.
describe('planPacks at 5,000 generated notes', () => {
  const files = generateVault(5_000, 'packs');
  const notes = files.map(({ note }) => ({
    slug: note.slug,
    tags: note.tags,
    questionCount: note.questions.length,
    // The questions' Markdown stands in for their JSON: the planner only balances sizes.
    bytes: note.questions.reduce((sum, q) => sum + q.markdown.length, 0) + (note.flow ? 2_000 : 0),
  }));
  const plan = planPacks(notes);
  const packsOf = (keep: (note: PackInput) => boolean) => new Set(notes.flatMap((note, i) => (keep(note) ? [plan.packOf[i]] : [])));

  test('every note with questions is in exactly one pack, and no pack holds a note without', () => {
    notes.forEach((note, i) => expect(plan.packOf[i]! >= 0).toBe(note.questionCount > 0));
  });

  test('"practise all" and any exam open at most MAX_PACKS packs', () => {
    expect(plan.count).toBeGreaterThan(1);
    expect(plan.count).toBeLessThanOrEqual(MAX_PACKS);
    expect(packsOf((note) => note.questionCount > 0).size).toBe(plan.count);
  });

  test('practising one note\'s first tag opens fewer packs than the whole vault', () => {
    const tags = [...new Set(notes.flatMap((note) => note.tags.slice(0, 1)))];
    for (const tag of tags) {
      const opened = packsOf((note) => note.questionCount > 0 && note.tags[0] === tag);
      expect(opened.size).toBeLessThanOrEqual(3);
    }
  });

  test('a tag anywhere in the notes still opens at most MAX_PACKS packs', () => {
    const opened = packsOf((note) => note.questionCount > 0 && note.tags.some((tag) => selectionTagMatches('problem/*', tag)));
    expect(opened.size).toBeLessThanOrEqual(MAX_PACKS);
  });

  test('packs are balanced: none holds more than twice its share of the bytes', () => {
    const sizes = new Array<number>(plan.count).fill(0);
    notes.forEach((note, i) => { if (plan.packOf[i]! >= 0) sizes[plan.packOf[i]!]! += note.bytes; });
    const share = sizes.reduce((a, b) => a + b, 0) / plan.count;
    for (const size of sizes) expect(size).toBeLessThanOrEqual(2 * share);
  });
});
