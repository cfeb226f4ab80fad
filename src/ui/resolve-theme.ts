/**
 * Which palette a theme setting shows, given whether the system prefers dark: 'light' and 'dark' as they
 * say, anything else (the default 'system', or an unreadable saved value) as the system prefers.
 * Self-contained, as the inline scripts of built pages run it before the app (src/app/first-paint.ts,
 * src/ui/early-presses.ts): one copy of the rule.
 */
export function resolveTheme(setting: unknown, systemDark: boolean): 'light' | 'dark' {
  return setting === 'light' || setting === 'dark' ? setting : systemDark ? 'dark' : 'light';
}
