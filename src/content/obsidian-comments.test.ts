import { stripComments } from './obsidian-comments.ts';

describe('stripComments', () => {
  test.each([
    ['inline', 'a %%hidden%% b', 'a  b'],
    ['over lines, keeping the line count', 'a\n%%\nx\ny\n%%\nb', 'a\n\n\n\n\nb'],
    ['unclosed hides the rest', 'a %% b\nc', 'a \n'],
    ['in inline code kept', 'keep `%%x%%` here', 'keep `%%x%%` here'],
    ['in a fence kept', '```\n%% x %%\n```', '```\n%% x %%\n```'],
    ['none', 'no comments', 'no comments'],
  ])('%s', (_, input, expected) => {
    expect(stripComments(input)).toBe(expected);
  });
});
