// @vitest-environment jsdom
import { COPY_BUTTON_HTML } from '../build/obsidian/rehype-code-blocks';
import { renderedBody } from '../../test/rendered-body';
import { drawCopyButtons } from './copy-code';

/** Code blocks as the build renders them: with their Copy buttons. */
const renderedCode = renderedBody;

const element = (html: string) => {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
};

describe('drawCopyButtons', () => {
  test.each([
    ['one block', '```bash\necho one\n```\n'],
    ['two blocks, one plain', '# Code\n\n```bash\necho one\n```\n\nBetween.\n\n```\nplain <b>two</b>\n```\n'],
    ['a block in a list', '- item\n\n  ```js\n  const a = 1;\n  ```\n'],
  ])('gives code blocks without their button the one the build draws (%s)', (_, markdown) => {
    const built = renderedCode(markdown);
    expect(built).toContain(COPY_BUTTON_HTML);
    const page = element(built.split(COPY_BUTTON_HTML).join(''));
    const count = built.split(COPY_BUTTON_HTML).length - 1;
    expect(drawCopyButtons(page)).toBe(count);
    expect(page.innerHTML).toBe(element(built).innerHTML);
  });

  test('leaves a block that has its button as it is, and draws each button once', () => {
    const built = renderedCode('```bash\necho one\n```\n\n```\ntwo\n```\n');
    const page = element(built);
    expect(drawCopyButtons(page)).toBe(0);
    expect(page.innerHTML).toBe(element(built).innerHTML);
    const stripped = element(built.split(COPY_BUTTON_HTML).join(''));
    drawCopyButtons(stripped);
    expect(drawCopyButtons(stripped)).toBe(0);
    expect(stripped.querySelectorAll('button.code-copy')).toHaveLength(2);
  });
});
