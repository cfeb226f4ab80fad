import { EARLY_PRESS_ATTRIBUTE, EARLY_PRESSES_KEY, listenForEarlyPresses, OTHER_LABEL_ATTRIBUTE } from '../ui/early-presses.ts';
import { SETTINGS_KEY, SETTINGS_VERSION } from '../store/settings-key.ts';

/**
 * The inline script that answers the header's theme, language and menu buttons pressed before the app runs,
 * until the app's frame takes what was chosen: listenForEarlyPresses is self-contained, so its compiled source
 * is inlined (one copy of the rule, tested where it lives).
 */
export const EARLY_PRESS_SCRIPT = `(${listenForEarlyPresses.toString()})(window,${[EARLY_PRESSES_KEY, EARLY_PRESS_ATTRIBUTE, OTHER_LABEL_ATTRIBUTE, SETTINGS_KEY].map((text) => JSON.stringify(text)).join(',')},${SETTINGS_VERSION})`;
