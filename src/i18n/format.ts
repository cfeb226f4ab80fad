import { isParticlePair, withParticle } from './particles';

/**
 * Fills `{name}` placeholders of a message with values; `{name|을/를}` adds the Korean particle that fits the
 * value ("옵션 {label|을/를}" gives "옵션 B를", "옵션 L을"). Unknown placeholders stay visible.
 */
export function formatMessage(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)(?:\|([^{}]+))?\}/g, (whole, name: string, pair?: string) => {
    if (!(name in vars)) return whole;
    const value = String(vars[name]);
    return pair !== undefined && isParticlePair(pair) ? withParticle(value, pair) : value;
  });
}
