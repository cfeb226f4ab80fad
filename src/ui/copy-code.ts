/** The selector of a code block's Copy button, as the build draws it (src/build/obsidian/rehype-code-blocks.ts). */
export const COPY_BUTTON = 'button.code-copy';

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
