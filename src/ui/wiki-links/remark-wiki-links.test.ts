import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Root } from 'mdast';
import { remarkWikiLinks, type WikiLinkResolver } from './remark-wiki-links';

const known: Record<string, string> = { 'kms-encryption': 'kms', kms: 'kms', 'aws batch': 'batch' };
const resolve: WikiLinkResolver = (target, heading) => {
  const slug = known[target.toLowerCase()];
  return slug ? `/notes/${slug}${heading ? `#${encodeURIComponent(heading)}` : ''}` : null;
};

function render(markdown: string): string {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkWikiLinks, { resolve }).use(remarkStringify);
  return processor.processSync(markdown).toString().trim();
}

describe('remarkWikiLinks', () => {
  test.each([
    ['See [[kms-encryption]].', 'See [kms-encryption](/notes/kms).'],
    ['See [[kms|KMS 노트]] now', 'See [KMS 노트](/notes/kms) now'],
    ['[[AWS Batch]] and [[kms]]', '[AWS Batch](/notes/batch) and [kms](/notes/kms)'],
    ['[[kms#정책]]', '[kms › 정책](/notes/kms#%EC%A0%95%EC%B1%85)'],
    ['Embed ![[kms]]', 'Embed [kms](/notes/kms)'],
    ['[[unknown note|보이는 글]] stays text', '보이는 글 stays text'],
    ['[[unknown]]', 'unknown'],
    ['`[[0.1, 0.7]]` is code', '`[[0.1, 0.7]]` is code'],
    ['[[]] and [single]', '\\[\\[]] and \\[single]'],
    ['- item [[kms]]', '* item [kms](/notes/kms)'],
  ])('%j', (markdown, expected) => {
    expect(render(markdown)).toBe(expected);
  });

  test('reads an escaped bar inside a table cell as the text separator', () => {
    expect(render('| a |\n|---|\n| [[kms\\|K]] |')).toContain('| [K](/notes/kms) |');
  });

  test('leaves code blocks and existing links alone', () => {
    const markdown = '```\n[[kms]]\n```\n\n[[[kms]]](https://example.com)';
    const tree = unified().use(remarkParse).parse(markdown) as Root;
    const before = JSON.stringify(tree);
    remarkWikiLinks({ resolve })(tree);
    expect(JSON.stringify(tree)).toBe(before);
  });

  test('marks the links it makes so they can be styled', () => {
    const tree = unified().use(remarkParse).parse('[[kms]]') as Root;
    remarkWikiLinks({ resolve })(tree);
    expect(tree.children[0]).toMatchObject({
      type: 'paragraph',
      children: [{ type: 'link', url: '/notes/kms', data: { hProperties: { className: ['wiki-link'] } } }],
    });
  });
});
