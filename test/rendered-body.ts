import { parseVault } from '../src/content/parse-vault';
import { createVaultRenderer } from '../src/build/obsidian/render-vault';
import { DEFAULT_SETTINGS } from '../src/build/obsidian/vault-settings';

/** The body HTML the build's own pipeline renders for a vault of one note with this Markdown. */
export function renderedBody(markdown: string): string {
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
