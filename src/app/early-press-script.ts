import { EARLY_PRESS_ATTRIBUTE, EARLY_PRESSES_KEY, listenForEarlyPresses, OTHER_LABEL_ATTRIBUTE } from '../ui/early-presses.ts';
import { COPY_BUTTON, copyCode } from '../ui/copy-code.ts';
import { EARLY_BUSY_ATTRIBUTE } from '../early/early-busy.ts';
import { SETTINGS_KEY, SETTINGS_VERSION } from '../store/settings-key.ts';
import { resolveTheme } from '../ui/resolve-theme.ts';

const config = { key: EARLY_PRESSES_KEY, attribute: EARLY_PRESS_ATTRIBUTE, otherLabel: OTHER_LABEL_ATTRIBUTE, busy: EARLY_BUSY_ATTRIBUTE, settingsKey: SETTINGS_KEY, settingsVersion: SETTINGS_VERSION, copyButton: COPY_BUTTON };

/**
 * The inline script that answers the header's buttons, the Settings inputs and the Copy buttons pressed before
 * the app runs, until the app's frame takes what was chosen: listenForEarlyPresses, copyCode and
 * resolveTheme are self-contained, so their compiled source is inlined (one copy of each rule, tested where it lives).
 */
export const EARLY_PRESS_SCRIPT = `(${listenForEarlyPresses.toString()})(window,Object.assign(${JSON.stringify(config)},{copyCode:${copyCode.toString()},resolveTheme:${resolveTheme.toString()}}))`;
