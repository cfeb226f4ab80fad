/**
 * `tsx src/cli/bench/big-note.ts 0.5 1 2 4`: times each build step of a vault holding one generated note of
 * each size in megabytes (parse, render to HTML, search index, note module), so a step whose time grows
 * faster than the note shows in one table. Numbers depend on the machine and its load: print it with them.
 */
import os from 'node:os';
import { assembleVault } from '../../build/build-vault';
import { noteModuleCode } from '../../build/obsidian/note-module-code';
import { createVaultRenderer } from '../../build/obsidian/render-vault';
import { DEFAULT_SETTINGS } from '../../build/obsidian/vault-settings';
import { parseNoteTask } from '../../build/parse-task';
import { finishVault, planVault } from '../../content/parse-vault';
import { generateBigNote } from '../gen-vault/big-note';
import { timed } from './stats';

/** One row of the table: a note's size and each step's time in milliseconds. */
export interface BigNoteRow {
  megabytes: number;
  parseMs: number;
  renderMs: number;
  searchMs: number;
  moduleMs: number;
}

/** Builds the vault of one note of `megabytes` in process, timing each step. */
export function measureBigNote(megabytes: number): BigNoteRow {
  const markdown = generateBigNote(megabytes * 1024 * 1024, 'big-note');
  const plan = planVault([{ file: 'big-note.md', markdown }]);
  const parse = timed(() => plan.map(parseNoteTask));
  finishVault(plan, parse.value.map((entry) => entry.analysis));
  const built = assembleVault(parse.value);
  const render = createVaultRenderer({
    notes: built.notes, sources: new Map([['big-note.md', markdown]]), attachments: [], settings: DEFAULT_SETTINGS,
    noteHref: (slug) => `/notes/${slug}`, tagHref: (tag) => `/tags/${tag}`,
  });
  const note = built.bySlug.get(built.notes[0]?.slug ?? '');
  if (!note) throw new Error('the big note did not parse');
  const rendered = timed(() => render(note));
  const search = timed(() => built.searchIndex());
  const module = timed(() => noteModuleCode({ ...rendered.value.note, diagrams: note.diagrams }, rendered.value, (file) => file));
  return { megabytes, parseMs: parse.ms, renderMs: rendered.ms, searchMs: search.ms, moduleMs: module.ms };
}

const sizes = process.argv.slice(2).map(Number).filter((size) => size > 0);
if (sizes.length === 0) throw new Error('usage: tsx src/cli/bench/big-note.ts <megabytes>...');
console.log(`load ${os.loadavg().map((value) => value.toFixed(1)).join(' ')}`);
console.log('| MB | parse s | render s | search s | module s |\n| --- | --- | --- | --- | --- |');
for (const size of sizes) {
  const row = measureBigNote(size);
  const s = (ms: number) => (ms / 1000).toFixed(1);
  console.log(`| ${size} | ${s(row.parseMs)} | ${s(row.renderMs)} | ${s(row.searchMs)} | ${s(row.moduleMs)} |`);
}
