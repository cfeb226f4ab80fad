import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseVault } from '../content/parse-vault';
import { readVault } from '../build/read-vault';
import { buildSearchIndex } from './build-index';
import { parseSearchIndex, searchNotes, type SearchIndex } from './search-notes';
import { hasVaultSample, VAULT_SAMPLE_DIR } from '../cli/vault-sample';
import { readRoot, VAULT_ROOTS } from '../../test/vault-roots';

// The real notes live beside the repository; they are read in place, never copied in.
const vaultDir = VAULT_SAMPLE_DIR;
const seedFile = path.resolve(__dirname, '../../content/kms-sagemaker-s3-encryption.md');

let index: SearchIndex;

beforeAll(async () => {
  if (!hasVaultSample) return;
  const files = await readVault(vaultDir);
  files.push({ file: 'seed/kms-sagemaker-s3-encryption.md', markdown: readFileSync(seedFile, 'utf8') });
  const parsed = parseSearchIndex(buildSearchIndex(parseVault(files)));
  if (!parsed.ok) throw new Error(parsed.reason);
  index = parsed.index;
}, 120_000);

const top = (query: string, n = 5) => searchNotes(index, query, { limit: n }).map((r) => r.slug);

describe.runIf(hasVaultSample)('search over the vault sample', () => {
  test.each([
    ['KMS', 'kms-sagemaker-s3-encryption'],
    ['kms 암호화', 'kms-sagemaker-s3-encryption'],
    ['복호화 권한', 'kms-sagemaker-s3-encryption'],
    ['sagemkaer notebook kms', 'kms-sagemaker-s3-encryption'],
    ['blazingtext', 'blazingtext-supervised-filemode-format'],
    ['blazingtxt', 'blazingtext-supervised-filemode-format'],
    ['아웃라이어', 'outlier-sagemaker-datawrangler-preprocessing'],
    ['data wrangler 아웃라이어', 'outlier-sagemaker-datawrangler-preprocessing'],
  ])('%j ranks %s in the top five', (query, slug) => {
    expect(top(query)).toContain(slug);
  });

  test.each(['암호화', '스케줄링', '하이퍼파라미터', '데이터 변환'])('%j finds notes and marks the word in excerpts', (query) => {
    const results = searchNotes(index, query, { limit: 10 });
    expect(results.length).toBeGreaterThan(0);
    expect(results.some((r) => r.snippet.highlights.length > 0)).toBe(true);
  });

  test.each([
    // These notes write the word only with an ending attached: "스케줄링하거나", "스케줄링된".
    ['스케줄링', 'retail-athena-glue-lowops'],
    ['스케줄링', 'fintech-etl-stepfunctions-orchestration'],
    // The seed note only ever says "암호화된" or "암호화" next to other words, and "복호화" once.
    ['암호화된', 'kms-sagemaker-s3-encryption'],
  ])('%j finds %s, where it appears with a particle or ending attached', (query, slug) => {
    expect(searchNotes(index, query, { limit: 100 }).map((r) => r.slug)).toContain(slug);
  });
});

describe.runIf(hasVaultSample)('Korean words as people type them', () => {
  const slugs = (query: string, limit = 100) => searchNotes(index, query, { limit }).map((r) => r.slug);

  test.each([
    ['암호화를', '암호화'],
    ['드롭아웃으로', '드롭아웃'],
    ['협업필터링', '협업 필터링'],
    ['데이터레이크', '데이터 레이크'],
  ])('%j finds what %j finds', (typed, plain) => {
    const found = slugs(typed);
    for (const slug of slugs(plain)) expect(found).toContain(slug);
  });

  test('a phrase whose every word no note holds still lists the notes holding most of it', () => {
    expect(slugs('과적합을 줄이려면', 5).length).toBeGreaterThan(0);
  });

  test('an excerpt marks the word without its particle', () => {
    const [first] = searchNotes(index, '손글씨를', { limit: 1 });
    const marked = first!.snippet.highlights.map(([start, end]) => first!.snippet.text.slice(start, end));
    expect(marked).toContain('손글씨');
  });
});

// Over every vault, the sample's where present and those every clone has: each note is found by its own title.
describe.each(VAULT_ROOTS)('search over $name', async (root) => {
  const analyses = parseVault(await readRoot(root));
  const notes = analyses.map((result) => result.note);
  const parsed = parseSearchIndex(buildSearchIndex(analyses));

  test.skipIf(!root.present)('the index builds and reads back', () => {
    expect(notes.length).toBeGreaterThan(0);
    expect(parsed.ok).toBe(true);
  });

  test.skipIf(!root.present)('every note with a title is in the top ten for its title', () => {
    if (!parsed.ok) throw new Error(parsed.reason);
    const titled = notes.filter((note) => note.title.trim() !== '');
    expect(titled.length).toBeGreaterThan(0);
    const missed = titled.filter((note) => !searchNotes(parsed.index, note.title, { limit: 10 }).some((hit) => hit.slug === note.slug));
    expect(missed.map((note) => `${note.file}: ${note.title}`)).toEqual([]);
  }, 120_000);
});
