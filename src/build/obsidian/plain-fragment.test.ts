import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { plainParagraph } from './plain-fragment.ts';
import type { RenderContext } from './render-context.ts';
import { toHtml, toObsidianTree } from './render-markdown.ts';

const context: RenderContext = {
  file: 'note.md',
  strictLineBreaks: false,
  resolveNote: (target) => ({ slug: target, file: `${target}.md`, title: target }),
  resolveAttachment: () => null,
  noteHref: (slug) => `/notes/${slug}`,
  tagHref: (tag) => `/tags/${tag}`,
  attachmentUrl: () => '',
  embedNote: () => null,
};

const pipeline = (markdown: string) => toHtml(toObsidianTree(markdown, context), new GithubSlugger(), { math: 0, mermaid: 0 });

describe('plainParagraph', () => {
  it.each([
    'Amazon S3',
    'Use Amazon Kinesis Data Firehose with a Lambda function, then store the records in S3.',
    '이미지 분류 모델을 학습한다.',
    'It is "cheap" (about 3/4 of the cost); isn\'t it?',
    'Café Ñandú, naïve résumé',
    'Wait!',
  ])('renders %j exactly as the Markdown pipeline does', (text) => {
    expect(plainParagraph(text)).not.toBeNull();
    expect(plainParagraph(text)).toBe(pipeline(text));
  });

  it.each([
    '1. first', '- item', '# Heading', '> quote', 'a *b*', 'a _b_', 'see [[Target]]', 'a #tag', 'price $5 and $6',
    '==marked==', 'a %%hidden%% b', 'a & b', 'a <b>', 'x^2', 'see www.example.com', 'mail me@example.com',
    'http://example.com', 'a `code`', 'a ~~b~~', 'a | b', 'two\nlines', ' leading', 'trailing ', 'a  b', '',
    'A fact ^fact', 'a\\b', '3 days', '• bullet',
  ])('leaves %j to the Markdown pipeline', (text) => {
    expect(plainParagraph(text)).toBeNull();
  });
});
