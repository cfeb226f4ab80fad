import { parseVault } from '../../content/parse-vault.ts';
import { createVaultRenderer } from '../obsidian/render-vault.ts';
import { DEFAULT_SETTINGS } from '../obsidian/vault-settings.ts';
import { backlinksOf } from './backlinks.ts';
import { defaultNeighbours } from './neighbours.ts';
import { vaultReading } from './reading-aids.ts';

const FILES = [
  { file: 'a/kms.md', markdown: '---\naliases: [키 관리]\n---\n# KMS 키 정책\n\n## 개요\n\nSee [[s3]] and [[kms]] (itself).\n\n### 세부\n\n#### 너무 깊음\n\n## 개요\n\nAgain.\n' },
  { file: 's3.md', markdown: '# Amazon S3\n\nLinks to [[키 관리|the KMS note]] twice: [[a/kms#개요]].\n\n```\n[[glue]] in code is no link\n```\n' },
  { file: 'glue.md', markdown: '# AWS Glue\n\n![[s3]] embedded, ![[diagram.png]] a file, [[missing]] broken.\n' },
  { file: 'athena.md', markdown: '# Athena\n\nNo links at all.\n' },
];
const notes = parseVault(FILES).map((analysis) => analysis.note);
const sources = new Map(FILES.map((f) => [f.file, f.markdown]));

describe('backlinksOf', () => {
  const backlinks = backlinksOf(notes, sources);
  test.each([
    ['kms', ['s3']],
    ['s3', ['glue', 'kms']],
    ['glue', []],
    ['athena', []],
  ])('%s is linked from %j (by alias, path and embed; once each; never itself, never from code)', (slug, from) => {
    expect((backlinks.get(slug) ?? []).map((link) => link.slug)).toEqual(from);
  });

  test('a backlink carries the title the page shows', () => {
    expect(backlinks.get('kms')).toEqual([{ slug: 's3', title: 'Amazon S3' }]);
  });
});

describe('defaultNeighbours', () => {
  test.each([
    ['s3', null, 'athena', 0],
    ['athena', 's3', 'glue', 1],
    ['glue', 'athena', 'kms', 2],
    ['kms', 'glue', null, 3],
  ])('%s: after %s, before %s, at %i of 4 (by title)', (slug, previous, next, index) => {
    const links = [
      { slug: 'kms', title: 'KMS 키 정책' }, { slug: 's3', title: 'Amazon S3' }, { slug: 'glue', title: 'AWS Glue' }, { slug: 'athena', title: 'Athena' },
    ];
    const found = defaultNeighbours(links).get(slug);
    expect([found?.previous?.slug ?? null, found?.next?.slug ?? null, found?.index, found?.total]).toEqual([previous, next, index, 4]);
  });
});

describe('the outline', () => {
  test('lists the body headings of levels 2 and 3 with the ids the page gives them', () => {
    const render = createVaultRenderer({
      notes, sources, attachments: [], settings: DEFAULT_SETTINGS,
      noteHref: (slug) => `/notes/${slug}`, tagHref: (tag) => `/tags/${tag}`,
    });
    const kms = notes.find((note) => note.slug === 'kms');
    const rendered = render(kms!);
    const aids = vaultReading(notes, notes.map((note) => ({ slug: note.slug, title: note.heading ?? note.title })), sources).of('kms', rendered.outline);
    expect(aids.outline).toEqual([
      { depth: 2, text: '개요', id: '개요' },
      { depth: 3, text: '세부', id: '세부' },
      { depth: 2, text: '개요', id: '개요-1' },
    ]);
    const html = rendered.note.blocks.map((block) => (block.kind === 'markdown' ? block.html : '')).join('');
    for (const heading of aids.outline) expect(html).toContain(`id="${heading.id}"`);
  });
});
