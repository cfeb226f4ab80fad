import { EARLY_PRESS_ATTRIBUTE, OTHER_LABEL_ATTRIBUTE } from '../ui/early-presses';

interface ThemeToggleProps {
  /** The theme in use, as the app resolves it (a pre-rendered page is drawn as light until it hydrates). */
  dark: boolean;
  labels: { toLight: string; toDark: string };
  onToggle: () => void;
}

/**
 * The header's theme button. Its glyph follows `<html data-theme>`, which the first-paint script sets before
 * anything is drawn, so a reader whose system is dark sees the sun from the first frame instead of the moon
 * the page was pre-rendered with; a press before the app runs flips the theme at once; and the button is as wide whichever glyph shows, so hydrating it (or
 * switching theme) moves nothing in the header.
 */
export function ThemeToggle({ dark, labels, onToggle }: ThemeToggleProps) {
  const label = dark ? labels.toLight : labels.toDark;
  // Before the app runs, a press flips the theme and swaps in the other label (src/ui/early-presses.ts).
  const early = { [EARLY_PRESS_ATTRIBUTE]: 'theme', [OTHER_LABEL_ATTRIBUTE]: dark ? labels.toDark : labels.toLight };
  return (
    <button type="button" className="btn btn-small app-theme-toggle" aria-label={label} title={label} onClick={onToggle} {...early}>
      <span aria-hidden="true" className="app-theme-glyph-to-dark">☾</span>
      <span aria-hidden="true" className="app-theme-glyph-to-light">☀</span>
    </button>
  );
}
