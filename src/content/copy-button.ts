/**
 * The labels of a code block's Copy button, `[lang, text, state]`, in both interface languages: CSS shows the one
 * that matches `<html lang>` and the button's state. The build draws them (rehype-code-blocks.ts), and so does the
 * app where a page holds a code block without its button (src/ui/copy-code.ts).
 */
export const COPY_LABELS = [
  ['en', 'Copy', 'copy-idle'],
  ['ko', '복사', 'copy-idle'],
  ['en', 'Copied', 'copy-done'],
  ['ko', '복사됨', 'copy-done'],
] as const;
