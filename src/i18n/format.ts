/** Writes `word` followed by the Korean particle of `pair` that fits it ("B", "을/를" -> "B를"). */
export type ParticleWriter = (word: string, pair: string) => string;

/**
 * Fills `{name}` placeholders of a message with values; `{name|을/를}` adds the Korean particle that fits the
 * value ("옵션 {label|을/를}" gives "옵션 B를", "옵션 L을") through `particle`, which only Korean messages need
 * (it travels in the Korean pack: src/i18n/messages/ko/pack.ts). Unknown placeholders stay visible.
 */
export function formatMessage(template: string, vars?: Record<string, string | number>, particle?: ParticleWriter): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)(?:\|([^{}]+))?\}/g, (whole, name: string, pair?: string) => {
    if (!(name in vars)) return whole;
    const value = String(vars[name]);
    return pair !== undefined && particle ? particle(value, pair) : value;
  });
}
