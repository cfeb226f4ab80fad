/**
 * The shape of `examflow.yaml`, as a valibot schema whose every message is a diagnostic (code and
 * arguments, encoded), so a problem reads the same in the terminal and, translated, in the app.
 */
import * as v from 'valibot';
import type { DiagnosticArgs, DiagnosticCode } from '../../content/diagnostic.ts';
import type { Blueprint } from '../../quiz/blueprint.ts';

/** A problem as a valibot message: the diagnostic's code and arguments, as JSON. */
function fault(code: DiagnosticCode, args: DiagnosticArgs = {}): string {
  return JSON.stringify({ code, args });
}

/** Reads back a message written by {@link fault}; null for valibot's own messages (e.g. a missing key). */
export function readFault(message: string): { code: DiagnosticCode; args: DiagnosticArgs } | null {
  if (!message.startsWith('{')) return null;
  return JSON.parse(message) as { code: DiagnosticCode; args: DiagnosticArgs };
}

const text = v.pipe(v.string(fault('blueprint-field-text')), v.trim(), v.nonEmpty(fault('blueprint-field-text')));

function wholeNumber(min: number, max: number) {
  const problem = fault('blueprint-field-number', { min, max });
  return v.pipe(v.number(problem), v.integer(problem), v.minValue(min, problem), v.maxValue(max, problem));
}

// 20 and "20%" both read as twenty percent; a share of nothing or more than the whole is a mistake.
const weightProblem = fault('blueprint-field-weight');
const weight = v.pipe(
  v.union([v.number(), v.pipe(v.string(), v.regex(/^\s*\d+(\.\d+)?\s*%\s*$/), v.transform((value) => Number.parseFloat(value)))], weightProblem),
  v.number(weightProblem),
  v.gtValue(0, weightProblem),
  v.maxValue(100, weightProblem),
);

const tag = v.pipe(
  v.union([v.string(), v.number()], fault('blueprint-field-text')),
  v.transform(String),
  v.trim(),
  v.nonEmpty(fault('blueprint-field-text')),
);
const tagList = v.pipe(v.array(tag, fault('blueprint-field-list')), v.minLength(1, fault('blueprint-field-list')));

const scale = v.strictObject(
  { min: wholeNumber(0, 10_000), max: wholeNumber(1, 10_000) },
  fault('blueprint-field-mapping'),
);

const exam = v.strictObject(
  {
    name: text,
    questions: wholeNumber(1, 500),
    minutes: wholeNumber(1, 600),
    passMark: wholeNumber(0, 10_000),
    scale: v.optional(scale, { min: 100, max: 1000 }),
  },
  fault('blueprint-field-mapping'),
);

const domain = v.strictObject(
  {
    name: text,
    weight,
    tags: tagList,
  },
  fault('blueprint-field-mapping'),
);

/** The whole file: the exam, then its domains (at least one). */
export const blueprintSchema = v.strictObject(
  {
    exam,
    domains: v.pipe(v.array(domain, fault('blueprint-field-list')), v.minLength(1, fault('blueprint-field-list'))),
  },
  fault('blueprint-not-mapping'),
);

/** The keys each level of the file may hold, for the "unknown key" message. */
export const KNOWN_KEYS: Record<string, readonly string[]> = {
  '': ['exam', 'domains'],
  exam: ['name', 'questions', 'minutes', 'passMark', 'scale'],
  'exam.scale': ['min', 'max'],
  domain: ['name', 'weight', 'tags'],
};

// The schema's output must be the app's Blueprint type, so the two cannot drift apart.
export type CheckedBlueprint = v.InferOutput<typeof blueprintSchema> extends Blueprint ? Blueprint : never;
