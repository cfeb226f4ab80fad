/**
 * The Korean prose sections of a synthetic note (key point, explanation paragraphs, trade-offs, key concepts),
 * with Korean or English headings.
 */
import { fill, particle } from './fill';
import type { Random } from './random';
import type { ServiceWords } from './words-services';
import { KO_FRAMES } from './words-scenarios';

/** The subject of a note: its main service, an alternative, the use case and constraint in Korean. */
export interface ProseTopic {
  main: ServiceWords;
  alternative: ServiceWords;
  usecase: string;
  constraint: string;
}

/** Heading texts in the two languages notes are written with. */
export const HEADINGS = {
  ko: { key: '## 🎯 핵심 포인트', explanation: '## 📝 설명', flow: '### 아키텍처 플로우', tradeoffs: '### Trade-offs 고려사항',
    concepts: '## 🔍 주요개념', practice: '### 실전 적용', question: '## 📝 관련 문제' },
  en: { key: '## 🎯 Key Point', explanation: '## Explanation', flow: '### Architecture Flow', tradeoffs: '### Trade-offs',
    concepts: '## Key Concepts', practice: '### Real-world use', question: '## Question' },
} as const;

/** The one-sentence key point in the "~한 경우 ~에서, ~할 수 있다" form. */
export function keyPoint(topic: ProseTopic): string {
  return `${topic.usecase} 작업에서 ${topic.constraint} 경우, ${topic.main.name}${particle(topic.main.name, '을/를')} 중심으로 구성하면 "${topic.main.strength}"라는 장점을 살릴 수 있다.`;
}

/** One explanation paragraph drawn from the sentence frames. */
export function paragraph(topic: ProseTopic, random: Random): string {
  const service = random.chance(0.7) ? topic.main : topic.alternative;
  const sentences = random.sample(KO_FRAMES, random.int(2, 3)).map((frame) => fill(frame, {
    service: service.name, ko: service.ko, usecase: topic.usecase, constraint: topic.constraint,
    strength: service.strength, weakness: service.weakness,
  }));
  return sentences.join(' ');
}

/** The trade-offs section body: strengths and weaknesses of the main service and its alternative. */
export function tradeOffs(topic: ProseTopic): string {
  return [topic.main, topic.alternative].flatMap((service) => [
    `**${service.name} 장점**:`, '', `- ${service.strength}`, `- ${service.ko}`, '',
    `**${service.name} 단점**:`, '', `- ${service.weakness}`, '',
  ]).join('\n').trimEnd();
}

/** Key-concept bullets comparing the two services, then use-case bullets. */
export function concepts(topic: ProseTopic, practiceHeading: string, usecases: readonly string[]): string {
  return [
    '### 핵심 개념 비교', '',
    `- **${topic.main.name}**: ${topic.main.ko}`,
    `- **${topic.alternative.name}**: ${topic.alternative.ko}`,
    '', practiceHeading, '',
    ...usecases.map((usecase) => `- **${usecase}**: ${topic.main.name}${particle(topic.main.name, '과/와')} ${topic.alternative.name}의 역할을 나눠 구성`),
  ].join('\n');
}
