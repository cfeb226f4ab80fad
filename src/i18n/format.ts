/** Fills `{name}` placeholders of a message with values; unknown placeholders stay visible. */
export function formatMessage(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** Picks the language a browser prefers among the ones examflow speaks. */
export function detectLanguage(preferred: readonly string[] | undefined): 'en' | 'ko' {
  for (const tag of preferred ?? []) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ko') return 'ko';
    if (base === 'en') return 'en';
  }
  return 'en';
}
