/**
 * A whole synthetic vault: N notes with unique slugs, spread over date folders ("2026-03/2026-03-14/…")
 * and a "whitepapers/" folder for reading notes, all drawn from one seed.
 */
import { isoDay } from './frontmatter';
import { generateNote, type GeneratedNote } from './note';
import { createRandom } from './random';
import { CONSTRAINTS, USE_CASES } from './words-scenarios';
import { SERVICES } from './words-services';

/** A note of the vault and where it goes, relative to the vault root with forward slashes. */
export interface VaultFile {
  path: string;
  note: GeneratedNote;
}

const FIRST_DAY = Date.UTC(2026, 0, 1);
const DAY_MS = 86_400_000;

/** Generates `count` notes from `seed`; the same arguments always give the same files. */
export function generateVault(count: number, seed: string): VaultFile[] {
  const random = createRandom(seed);
  const used = new Map<string, number>();
  const files: VaultFile[] = [];
  for (let i = 0; i < Math.max(0, Math.floor(count)); i += 1) {
    const main = random.pick(SERVICES);
    const usecase = random.pick(USE_CASES);
    const constraint = random.pick(CONSTRAINTS);
    const base = `${main.tag}-${usecase.tag}-${constraint.short}`;
    const seen = (used.get(base) ?? 0) + 1;
    used.set(base, seen);
    const slug = seen === 1 ? base : `${base}-${seen}`;
    const createdAt = FIRST_DAY + random.int(0, 364) * DAY_MS;
    const created = isoDay(new Date(createdAt));
    const modified = isoDay(new Date(createdAt + random.int(0, 20) * DAY_MS));
    const note = generateNote({ slug, created, modified, main, usecase, constraint }, random);
    const folder = note.questions.length === 0 ? 'whitepapers' : `${created.slice(0, 7)}/${created}`;
    files.push({ path: `${folder}/${slug}.md`, note });
  }
  return files;
}
