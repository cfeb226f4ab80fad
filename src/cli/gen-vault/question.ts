/**
 * One exam question in the notes' format: an English stem, 4–6 options, the answer line and Korean
 * explanation bullets in one of the label styles real notes use.
 */
import { fill } from './fill';
import type { Random } from './random';
import type { ServiceWords } from './words-services';
import { ACTORS, EN_FRAMES, OPTION_VERBS, RIGHT_REASONS, WRONG_REASONS } from './words-scenarios';

/** How explanation bullets name their option. */
export type LabelStyle = 'beon' | 'option' | 'option-named' | 'okseon' | 'bracket' | 'service-letter';

/** All label styles, in a fixed order. */
export const LABEL_STYLES: readonly LabelStyle[] = ['beon', 'option', 'option-named', 'okseon', 'bracket', 'service-letter'];

/** What the question is about, chosen once per note. */
export interface QuestionTopic {
  usecase: string;
  constraint: string;
  /** The note's main service, named in some stems. */
  lead: string;
  /** Candidate services, at least six. */
  services: readonly ServiceWords[];
}

/** A generated question: its Markdown and the facts a test checks it against. */
export interface GeneratedQuestion {
  markdown: string;
  labels: string[];
  answer: string[];
  labelStyle: LabelStyle;
  english: boolean;
}

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];
const COUNT_WORDS: Record<number, string> = { 2: 'TWO', 3: 'THREE' };

/** Writes one question; `english` switches the answer line to "**Answer: X**" and the explanation intro. */
export function generateQuestion(topic: QuestionTopic, english: boolean, random: Random): GeneratedQuestion {
  const optionCount = random.pick([4, 4, 4, 5, 5, 6]);
  const labels = LETTERS.slice(0, optionCount);
  const services = random.sample(topic.services, optionCount);
  const correctCount = random.chance(0.25) ? (optionCount === 6 && random.chance(0.3) ? 3 : 2) : 1;
  const answer = random.sample(labels, correctCount).sort();
  const multi = correctCount > 1;
  const stem = fill(random.pick(EN_FRAMES), {
    actor: random.pick(ACTORS), usecase: topic.usecase, constraint: topic.constraint, service: topic.lead,
  }) + (multi ? ` (Select ${COUNT_WORDS[correctCount]}.)` : '');
  const optionText = (i: number): string => {
    const service = services[i] as ServiceWords;
    return `${random.pick(OPTION_VERBS)} ${service.name} ${service.action}`;
  };
  const texts = labels.map((_, i) => optionText(i));
  const labelStyle = random.pick(LABEL_STYLES);
  const lines = [`**Question:** ${stem}`, '', '**Options:**'];
  if (random.chance(0.7)) lines.push('');
  labels.forEach((label, i) => lines.push(`- ${label}) ${texts[i]}`));
  lines.push('', answerLine(answer, labels, texts, english, random), '');
  lines.push(english ? '💡 Explanations:' : '💡 추가 설명:', '');
  const explainRight = english || random.chance(0.5);
  labels.forEach((label, i) => {
    const service = services[i] as ServiceWords;
    const right = answer.includes(label);
    if (right && !explainRight) return;
    const reason = fill(random.pick(right ? RIGHT_REASONS : WRONG_REASONS), {
      service: service.name, strength: service.strength, weakness: service.weakness,
    });
    lines.push(`- **${bulletLabel(labelStyle, label, right, service.name)}** - ${reason}`);
  });
  if (random.chance(0.2)) lines.push('', '### 핵심 해결 방법', '', `1. **요구사항 확인**: ${topic.constraint}`, '2. **선택지 비교**: 관리형 기능으로 해결되는지 먼저 본다');
  return { markdown: lines.join('\n'), labels, answer, labelStyle, english };
}

function answerLine(answer: string[], labels: string[], texts: string[], english: boolean, random: Random): string {
  if (english) return `**Answer: ${answer.join(', ')}**`;
  if (answer.length > 1) return `**정답: ${answer.join(', ')}) ${random.pick(['관리형 구성 조합', '두 단계를 함께 적용', '요구사항을 나눠 충족'])}**`;
  const only = answer[0] ?? 'A';
  return `**정답: ${only}) ${texts[labels.indexOf(only)] ?? ''}**`;
}

function bulletLabel(style: LabelStyle, label: string, right: boolean, service: string): string {
  switch (style) {
    case 'beon':
      return `${label}번`;
    case 'option':
      return `Option ${label}`;
    case 'option-named':
      return `Option ${label} (${service})`;
    case 'okseon':
      return `옵션 ${label}`;
    case 'bracket':
      return `[${right ? '정답' : '오답'} 옵션 ${label}]`;
    case 'service-letter':
      return `${service} (${label})`;
  }
}
