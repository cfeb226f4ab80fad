// @vitest-environment jsdom
import { parseVault } from '../content/parse-vault';
import { COPY_BUTTON_HTML } from '../build/obsidian/rehype-code-blocks';
import { createVaultRenderer } from '../build/obsidian/render-vault';
import { DEFAULT_SETTINGS } from '../build/obsidian/vault-settings';
import { drawCopyButtons } from './copy-code';

/** Code blocks as the build renders them: with their Copy buttons. */
function renderedCode(markdown: string): string {
  const files = [{ file: 'code.md', markdown }];
  const notes = parseVault(files).map((analysis) => analysis.note);
  const render = createVaultRenderer({
    notes,
    sources: new Map(files.map((f) => [f.file, f.markdown])),
    attachments: [],
    settings: DEFAULT_SETTINGS,
    noteHref: (slug) => `/notes/${slug}`,
    tagHref: (tag) => `/tags/${tag}`,
  });
  return render(notes[0]!).note.blocks.map((block) => (block.kind === 'markdown' ? block.html ?? '' : '')).join('');
}

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
