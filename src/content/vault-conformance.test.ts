import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ListItem, Root } from 'mdast';
import { parseMarkdownTree, plainText, sourceOf } from './markdown-tree';
import { parseVault } from './parse-vault';
import { hasVaultSample, VAULT_SAMPLE_DIR } from '../cli/vault-sample';

// The shared sample vault sits next to the repository; it is never copied in.
const vault = VAULT_SAMPLE_DIR;
const present = hasVaultSample;
if (!present) console.warn(`vault conformance skipped: ${vault} does not exist`);

function readVault(dir: string) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
    .map((file) => ({ file, markdown: readFileSync(join(dir, file), 'utf8') }));
}

/** Top-level items of every list that follows an answer line, found without the parser's own helpers. */
function explanationItems(root: Root): ListItem[] {
  const items: ListItem[] = [];
  let afterAnswer = false;
  for (const node of root.children) {
    if (node.type === 'heading' || node.type === 'thematicBreak') afterAnswer = false;
    if (node.type === 'paragraph' && /^\W*(정답|answer|correct answer)\s*[:：]/i.test(plainText(node))) afterAnswer = true;
    if (node.type === 'list' && afterAnswer) items.push(...node.children);
  }
  return items;
}

/** The last words of a bullet's first paragraph, after its bold label when it has one (labels may be dropped). */
function itemTail(item: ListItem, markdown: string): string {
  const first = item.children[0];
  if (first === undefined) return '';
  const source = sourceOf(markdown, first);
  const label = first.type === 'paragraph' && first.children[0]?.type === 'strong' ? sourceOf(markdown, first.children[0]) : '';
  const after = source.slice(label.length).trim().replace(/^[-–—:：→]\s*/u, '');
  return (after === '' ? source : after).slice(-24).trim();
}

describe.skipIf(!present)('the sample vault', () => {
  const files = present ? readVault(vault) : [];
  const results = parseVault(files);

  test('every note loads, slugs are unique and every diagnostic line is inside its file', () => {
    expect(results.length).toBe(files.length);
    expect(new Set(results.map((result) => result.note.slug)).size).toBe(results.length);
    results.forEach((result, index) => {
      const lines = (files[index]?.markdown ?? '').split('\n').length;
      for (const problem of result.diagnostics) {
        expect(problem.line).toBeGreaterThanOrEqual(1);
        expect(problem.line).toBeLessThanOrEqual(lines);
      }
    });
  });

  test('every question without an error has options and an answer among them', () => {
    const broken: string[] = [];
    for (const { note, diagnostics } of results) {
      const hasError = diagnostics.some((problem) => problem.severity === 'error');
      for (const question of note.questions) {
        const labels = new Set(question.options.map((option) => option.label));
        const ok = question.options.length >= 2 && question.answer.length > 0 && question.answer.every((label) => labels.has(label));
        if (!ok && !hasError) broken.push(`${note.file}:${question.line}`);
      }
    }
    expect(broken).toEqual([]);
    // Only the template (placeholders instead of an answer) may be in error.
    const inError = results.filter((result) => result.diagnostics.some((problem) => problem.severity === 'error'));
    expect(inError.map((result) => result.note.file)).toEqual(['neurons-template-v7.md']);
  });

  test('every explanation bullet is mapped to an option or kept in notes', () => {
    let counted = 0;
    const lost: string[] = [];
    results.forEach(({ note }, index) => {
      const markdown = files[index]?.markdown ?? '';
      const kept = note.questions
        .flatMap((question) => [...question.notes, ...question.options.map((option) => option.explanation ?? '')])
        .join('\n');
      for (const item of explanationItems(parseMarkdownTree(markdown))) {
        counted += 1;
        const tail = itemTail(item, markdown);
        if (!kept.includes(tail)) lost.push(`${note.file}: ${tail}`);
      }
    });
    const bullets = results.reduce((sum, result) => sum + result.bullets, 0);
    const mapped = results.reduce((sum, result) => sum + result.mappedBullets, 0);
    console.log(`explanation bullets: ${counted} found independently, ${bullets} seen by the parser, ${mapped} mapped (${((mapped / bullets) * 100).toFixed(1)}%)`);
    expect(lost).toEqual([]);
    expect(bullets).toBeGreaterThanOrEqual(counted);
    expect(mapped / bullets).toBeGreaterThan(0.95);
  });

  test('every question note has its flow diagrams and a question block per question', () => {
    for (const { note } of results) {
      const questionBlocks = note.blocks.filter((block) => block.kind === 'question').length;
      expect(questionBlocks).toBe(note.questions.length);
      expect(note.blocks.filter((block) => block.kind === 'flow').length).toBe(note.flows.length);
    }
    expect(results.filter((result) => result.note.questions.length === 0).map((result) => result.note.file)).toEqual(
      files.filter((file) => file.file.startsWith('whitepapers/')).map((file) => file.file),
    );
  });
});
