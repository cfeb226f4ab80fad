/**
 * Measures how well the flow highlighting tells a question's options apart: for every question of a note
 * with drawn flows, each pair of options that lights the same non-empty set of boxes is a pair the reader
 * cannot tell apart by the diagram; options that light nothing are counted too.
 *
 * Usage: tsx src/cli/measure-highlights.ts DIR [--list]
 */
import { parseVault } from '../content/parse-vault';
import { withDiagrams } from '../content/note-diagrams';
import { readVault } from '../build/read-vault';
import { litNodes } from '../diagram/lit-nodes';

const [dir, ...rest] = process.argv.slice(2);
if (!dir) {
  console.error('usage: measure-highlights DIR [--list]');
  process.exit(2);
}
let pairs = 0;
let same = 0;
let options = 0;
let dark = 0;
for (const { note } of parseVault(await readVault(dir))) {
  const diagrams = withDiagrams(note).diagrams.filter((diagram) => diagram.parsed);
  if (diagrams.length === 0) continue;
  for (const question of note.questions) {
    const lit = question.options.map((option) => diagrams.map((diagram) => litNodes([option.text], diagram, question.options.map((o) => o.text)).join(',')).join('|'));
    options += lit.length;
    dark += lit.filter((key) => key.replace(/\|/g, '') === '').length;
    lit.forEach((a, i) => lit.slice(i + 1).forEach((b, j) => {
      if (a.replace(/\|/g, '') === '' || b.replace(/\|/g, '') === '') return;
      pairs += 1;
      if (a !== b) return;
      same += 1;
      if (rest.includes('--list')) console.log(`${note.file}:${question.line} ${question.options[i]?.label}=${question.options[i + j + 1]?.label} [${a}]`);
    }));
  }
}
const share = (n: number, of: number) => `${n}/${of} (${of === 0 ? 0 : ((100 * n) / of).toFixed(1)}%)`;
console.log(`option pairs lighting the same boxes: ${share(same, pairs)}`);
console.log(`options lighting nothing:            ${share(dark, options)}`);
