/**
 * One synthetic note: frontmatter, a Korean H1, prose sections, an optional flow diagram and 0–2 questions,
 * grown with extra paragraphs until it reaches a size drawn between ~1 KB and ~10 KB.
 */
import { particle } from './fill';
import { drawFlow, FLOW_SHAPES, type FlowShape } from './flow';
import { writeFrontmatter } from './frontmatter';
import { concepts, HEADINGS, keyPoint, paragraph, tradeOffs, type ProseTopic } from './prose';
import { generateQuestion, type GeneratedQuestion } from './question';
import type { Random } from './random';
import { SERVICES, type ServiceWords } from './words-services';
import { PROBLEMS, USE_CASES, type ConstraintWords, type UseCaseWords } from './words-scenarios';

/** A generated note and the facts its tests check. */
export interface GeneratedNote {
  slug: string;
  markdown: string;
  questions: GeneratedQuestion[];
  flow: FlowShape | null;
  english: boolean;
  /** No frontmatter, as some reading notes of the real vault have none. */
  bare: boolean;
  /** The frontmatter's tags (none when bare), so scale tests can group notes without parsing them. */
  tags: string[];
}

const SHORTEST = 1_000;

/** Where a note's text stops growing, in UTF-8 bytes. */
export const MAX_NOTE_BYTES = 10_240;

/** What the vault decided before writing a note: its file slug, dates and subject (the slug names the subject). */
export interface NotePlan {
  slug: string;
  created: string;
  modified: string;
  main: ServiceWords;
  usecase: UseCaseWords;
  constraint: ConstraintWords;
}

/** Writes one note from its plan. */
export function generateNote(plan: NotePlan, random: Random): GeneratedNote {
  const { slug, created, modified, main, usecase, constraint } = plan;
  const alternative = random.pick(SERVICES.filter((service) => service.tag !== main.tag));
  const topic: ProseTopic = { main, alternative, usecase: usecase.ko, constraint: constraint.ko };
  const english = random.chance(0.15);
  const h = english ? HEADINGS.en : HEADINGS.ko;
  const questionCount = random.pick([0, 1, 1, 1, 1, 1, 1, 2]);
  const bare = questionCount === 0 && random.chance(0.5);
  const flow = random.chance(0.9) ? random.pick(FLOW_SHAPES) : null;
  const target = random.pick([SHORTEST, SHORTEST, 2_000, 3_000, 4_500, 6_000, 8_000, 10_000]);
  const tags = [`service/${topic.main.tag}`, `service/${topic.alternative.tag}`, `problem/${random.pick(PROBLEMS)}`,
    `constraint/${constraint.tag}`, `usecase/${usecase.tag}`];
  const aliases = [slug.split('-').slice(0, 2).join('-'), `${topic.main.tag}-${constraint.short}`];

  const questions = Array.from({ length: questionCount }, () => generateQuestion({
    usecase: usecase.en, constraint: constraint.en, lead: main.name, services: SERVICES,
  }, english, random));
  const head = [
    ...(bare ? [] : [writeFrontmatter({ title: slug, created, modified, tags, aliases }), '']),
    `# ${topic.main.name}${particle(topic.main.name, '으로/로')} ${topic.usecase} 구성하기`, '', h.key, '', keyPoint(topic), '', h.explanation, '',
    english ? `### Why ${topic.main.name} fits` : `### ${topic.main.name}${particle(topic.main.name, '이/가')} ${topic.usecase}에 적합한 이유`, '',
    paragraph(topic, random),
  ];
  // The shortest notes keep only the key point, one paragraph, the flow and the question, as terse real notes do.
  const terse = target === SHORTEST;
  const middle = [
    ...(flow === null ? [] : ['', h.flow, '', '```', drawFlow(flow, flowNodes(topic, random), random), '```']),
    ...(terse ? [] : ['', h.tradeoffs, '', tradeOffs(topic), '',
      h.concepts, '', concepts(topic, h.practice, random.sample(USE_CASES, 2).map((u) => u.ko))]),
  ];
  const tail = questions.length === 0 ? [] : ['', h.question, '', ...questionBlocks(questions, random)];

  const extra: string[] = [];
  const size = (): number => byteLength([...head, ...extra, ...middle, ...tail].join('\n'));
  let n = 1;
  while (size() < target) {
    const next = ['', `### 심화 ${n}`, '', paragraph(topic, random), '', paragraph(topic, random)];
    if (size() + byteLength(next.join('\n')) > MAX_NOTE_BYTES) break;
    extra.push(...next);
    n += 1;
  }
  const markdown = [...head, ...extra, ...middle, ...tail].join('\n') + '\n';
  return { slug, markdown, questions, flow, english, bare, tags: bare ? [] : tags };
}

function questionBlocks(questions: GeneratedQuestion[], random: Random): string[] {
  if (questions.length === 1) return [questions[0]?.markdown ?? ''];
  // Notes holding two questions either head each with "### 문제 N" or just separate them with a rule.
  const headed = random.chance(0.5);
  return questions.flatMap((question, i) => [
    ...(i > 0 ? (headed ? [''] : ['', '---', '']) : []),
    ...(headed ? [`### 문제 ${i + 1}`, ''] : []),
    question.markdown,
  ]);
}

function flowNodes(topic: ProseTopic, random: Random): string[] {
  const count = random.int(3, 5);
  const nodes = [topic.usecase, topic.main.node, topic.alternative.node, '결과 저장 (S3)', 'CloudWatch 지표'];
  return nodes.slice(0, count);
}

const encoder = new TextEncoder();

function byteLength(text: string): number {
  return encoder.encode(text).length;
}
