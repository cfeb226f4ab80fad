import { parseMarkdownTree } from './markdown-tree.ts';
import { inlineTags, mergeTags } from './inline-tags.ts';

describe('inlineTags', () => {
  test.each([
    ['plain and nested', 'Study #aws and #aws/kms today', ['aws', 'aws/kms']],
    ['Korean', '한국어 #머신러닝 태그', ['머신러닝']],
    ['numbers only are not tags', 'Step #1 and #42', []],
    ['digits with letters are', 'Year #2024년', ['2024년']],
    ['not inside code', 'Use `#nope` here', []],
    ['not inside links', '[#nope](https://example.com) and https://example.com/#frag', []],
    ['not glued to a word', 'C#sharp a#b', []],
    ['a heading is not a tag', '# Heading\n\ntext', []],
    ['in a heading text it is', '## About #topic', ['topic']],
  ])('%s', (_, markdown, expected) => {
    expect(inlineTags(parseMarkdownTree(markdown))).toEqual(expected);
  });

  test('merges frontmatter tags first, without case-insensitive repeats', () => {
    expect(mergeTags(['AWS', 'ml'], ['aws', 'new'])).toEqual(['AWS', 'ml', 'new']);
  });
});
