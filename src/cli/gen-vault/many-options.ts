/**
 * One note whose question has any number of options, for scale tests of a single question: a flow diagram
 * whose boxes the options name, then `count` option lines, the answer and one explanation bullet per option.
 * The notes' grammar labels options A–F, so past six the letters come round again, as an author pasting a
 * long option bank would write them; the parser keeps the first of each letter and reports every repeat.
 */
import { drawFlow } from './flow';
import { createRandom } from './random';
import { SERVICES } from './words-services';

/** The many-options note's title and what its tests look for. */
export const MANY_OPTIONS_MARKS = { title: 'Many options', stem: 'Which service should store the raw events?' } as const;

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

/** Writes a note whose question has `count` option lines (at least one), the same text for the same arguments. */
export function generateManyOptionsNote(count: number, seed = 'many-options'): string {
  const random = createRandom(seed);
  const services = SERVICES.slice(0, LETTERS.length);
  const options = Array.from({ length: Math.max(1, count) }, (_, i) => {
    const service = services[i % services.length] ?? services[0];
    return { label: LETTERS[i % LETTERS.length] ?? 'A', text: `Option ${i + 1}: use ${service?.name} ${service?.action}`, service };
  });
  const flow = drawFlow('chain', services.map((service) => service.node), random);
  return [
    '---', 'tags:', '- scale/many-options', '---', '', `# ${MANY_OPTIONS_MARKS.title}`, '',
    '## 아키텍처 플로우', '', '```', flow, '```', '',
    '## 📝 관련 문제', '', `**Question:** ${MANY_OPTIONS_MARKS.stem}`, '', '**Options:**', '',
    ...options.map((option) => `- ${option.label}) ${option.text}`), '',
    `**정답: B) ${options[1]?.text ?? options[0]?.text}**`, '', '💡 추가 설명:', '',
    ...options.map((option, i) => `- **${option.label}번** - Option ${i + 1}: ${option.service?.name}는 ${option.service?.ko}`),
    '',
  ].join('\n');
}
