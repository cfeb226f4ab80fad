/**
 * One note of any size in the real notes' format, for scale tests of a single long note: numbered sections of
 * prose, lists, code, tables, flow diagrams and images from another host, with a few questions spread through
 * it (first, middle, last).
 */
import { drawFlow, FLOW_SHAPES } from './flow';
import { concepts, keyPoint, paragraph, tradeOffs, type ProseTopic } from './prose';
import { generateQuestion } from './question';
import { createRandom, type Random } from './random';
import { SERVICES } from './words-services';
import { USE_CASES, CONSTRAINTS } from './words-scenarios';

/** The big note's first line of text and its last heading, which tests look for. */
export const BIG_NOTE_MARKS = { title: 'Big note', first: 'The first part of a very long note.', end: 'The end' } as const;

/** The host of the big note's remote images: a reserved name (RFC 6761) that never resolves, so nothing is fetched. */
export const BIG_NOTE_IMAGE_HOST = 'images.remote-host.test';

const CODE = [
  ['ts', 'const client = new S3Client({ region: "ap-northeast-2" });\nawait client.send(new ListBucketsCommand({}));'],
  ['bash', 'aws sagemaker create-endpoint \\\n  --endpoint-name demo \\\n  --endpoint-config-name demo-config'],
  ['yaml', 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled'],
] as const;

/**
 * Writes a note of at least `bytes` UTF-8 bytes from `seed`, with `questions` questions (at least one when
 * asked for any): the same arguments always give the same text.
 */
export function generateBigNote(bytes: number, seed: string, questions = 3): string {
  const random = createRandom(seed);
  const head = ['# ' + BIG_NOTE_MARKS.title, '', BIG_NOTE_MARKS.first, '', '```ts', 'const first = "part";', '```', ''].join('\n');
  const sections: string[] = [head];
  let size = byteLength(head);
  for (let n = 1; size < bytes; n += 1) {
    const text = section(n, random);
    sections.push(text);
    size += byteLength(text) + 1;
  }
  // Questions go after the first, the middle and the last section, so a test can meet one anywhere.
  const count = Math.min(questions, sections.length);
  const at = new Set(Array.from({ length: count }, (_, i) => Math.round(((sections.length - 1) * (i + 1)) / count)));
  const body = sections.flatMap((text, i) => (at.has(i) ? [text, questionSection(random)] : [text]));
  return [...body, `## ${BIG_NOTE_MARKS.end}`, '', 'Last paragraph of the big note.', ''].join('\n');
}

function topicOf(random: Random): ProseTopic {
  const main = random.pick(SERVICES);
  const alternative = random.pick(SERVICES.filter((service) => service.tag !== main.tag));
  return { main, alternative, usecase: random.pick(USE_CASES).ko, constraint: random.pick(CONSTRAINTS).ko };
}

function section(n: number, random: Random): string {
  const topic = topicOf(random);
  const lines = [`## Part ${n}: ${topic.main.name}`, '', keyPoint(topic), '', paragraph(topic, random), '',
    paragraph(topic, random), '', tradeOffs(topic), '', concepts(topic, '### 실전 적용', [topic.usecase]), ''];
  if (n % 3 === 0) {
    const [language, code] = random.pick(CODE);
    lines.push(`\`\`\`${language}`, code, '```', '');
  }
  if (n % 5 === 0) {
    lines.push(`| Service | Strength | Weakness |`, '| --- | --- | --- |',
      ...[topic.main, topic.alternative].map((s) => `| ${s.name} | ${s.strength} | ${s.weakness} |`), '');
  }
  // A remote image now and then: the page shows a placeholder with a Load button until the app settles it.
  if (n % 7 === 0) lines.push(`![${topic.main.name} architecture](https://${BIG_NOTE_IMAGE_HOST}/big-note/part-${n}.png)`, '');
  if (n % 4 === 0) {
    const nodes = [topic.usecase, topic.main.node, topic.alternative.node, '결과 저장 (S3)'];
    lines.push('```', drawFlow(random.pick(FLOW_SHAPES), nodes, random), '```', '');
  }
  return lines.join('\n');
}

function questionSection(random: Random): string {
  const topic = topicOf(random);
  const question = generateQuestion({ usecase: topic.usecase, constraint: topic.constraint, lead: topic.main.name, services: SERVICES }, false, random);
  return ['## 📝 관련 문제', '', question.markdown, ''].join('\n');
}

const encoder = new TextEncoder();

function byteLength(text: string): number {
  return encoder.encode(text).length;
}
