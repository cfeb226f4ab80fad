import { COPY_LABELS } from '../content/copy-button.ts';

/** The selector of a code block's Copy button, as the build draws it (src/build/obsidian/rehype-code-blocks.ts). */
export const COPY_BUTTON = 'button.code-copy';

/** The selector of a code block, which holds its Copy button and its `pre`. */
export const CODE_BLOCK = '.code-block';

/**
 * Gives every code block under `root` that has no Copy button the one the build draws (a long note's later parts
 * reach the pre-rendered page without theirs: see partsTableModule). Returns how many it drew.
 */
export function drawCopyButtons(root: ParentNode): number {
  let drawn = 0;
  for (const block of root.querySelectorAll(CODE_BLOCK)) {
    if (block.querySelector(`:scope > ${COPY_BUTTON}`)) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'code-copy';
    for (const [lang, text, state] of COPY_LABELS) {
      const label = document.createElement('span');
      label.lang = lang;
      label.className = `copy-label ${state}`;
      label.textContent = text;
      button.append(label);
    }
    block.prepend(button);
    drawn += 1;
  }
  return drawn;
}

/**
 * Copies the code of the block a Copy button sits in and marks the button `data-copied` for two seconds (CSS
 * then shows "Copied"). Self-contained, as a press before the app runs is answered by the same function,
 * inlined into built pages (src/app/early-press-script.ts).
 */
export async function copyCode(button: HTMLButtonElement): Promise<void> {
  const code = button.parentElement?.querySelector('pre')?.textContent ?? '';
  try {
    await navigator.clipboard.writeText(code);
    button.dataset.copied = '';
    setTimeout(() => delete button.dataset.copied, 2000);
  } catch {
    // Without clipboard access (an insecure origin, a denied permission) the code stays selectable.
  }
}
