/**
 * Reads `examflow.yaml` into a blueprint: YAML with its lines kept, checked against the schema, then
 * against itself (scale, pass mark, weights, repeated names and tags). Every problem is a diagnostic at
 * its line; an error leaves the blueprint out (the app keeps its behaviour without one), a warning keeps it.
 */
import * as v from 'valibot';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { diagnostic, type DiagnosticArgs, type DiagnosticCode } from '../../content/diagnostic.ts';
import type { Diagnostic } from '../../content/types.ts';
import type { Blueprint } from '../../quiz/blueprint.ts';
import { blueprintSchema, KNOWN_KEYS, readFault } from './blueprint-schema.ts';

/** The file a vault's blueprint is read from, at the vault's root. */
export const BLUEPRINT_FILE = 'examflow.yaml';

/** A key path into the file, as valibot and yaml both write it. */
export type FieldPath = readonly (string | number)[];

/** What reading the file gave: the blueprint (null after an error), the problems, and a line finder for later checks. */
export interface ParsedBlueprint {
  blueprint: Blueprint | null;
  diagnostics: Diagnostic[];
  lineOf: (path: FieldPath) => number;
}

/** Parses and validates the text of `examflow.yaml`. */
export function parseBlueprint(source: string): ParsedBlueprint {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lines.linePos(offset).line);
  const lineOf = (path: FieldPath) => lineAt(nodeOffset(doc, path));
  if (doc.errors.length > 0) {
    const diagnostics = doc.errors.map((error) => diagnostic('error', lineAt(error.pos[0]), 'blueprint-yaml-broken', { detail: error.message.split('\n')[0] ?? '' }));
    return { blueprint: null, diagnostics, lineOf };
  }
  const value: unknown = doc.toJS();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { blueprint: null, diagnostics: [diagnostic('error', 1, 'blueprint-not-mapping')], lineOf };
  }
  const result = v.safeParse(blueprintSchema, value);
  if (!result.success) return { blueprint: null, diagnostics: result.issues.map((issue) => issueDiagnostic(issue, lineOf)), lineOf };
  const blueprint = result.output as Blueprint;
  const diagnostics = checkConsistency(blueprint, lineOf);
  return { blueprint: diagnostics.some((d) => d.severity === 'error') ? null : blueprint, diagnostics, lineOf };
}

/** Where a key's value (or, for a missing one, its parent) starts in the text. */
function nodeOffset(doc: Document, path: FieldPath): number | undefined {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const parent = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true);
    if (depth === 0) return (parent as { range?: [number] } | null)?.range?.[0];
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === path[depth - 1]);
      const key = pair?.key as { range?: [number] } | undefined;
      if (key?.range) return key.range[0];
    }
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number] } | undefined;
    if (node?.range) return node.range[0];
  }
  return undefined;
}

/** The field a path names, as the file writes it: `exam.passMark`, `domains[2].weight`. */
export function fieldName(path: FieldPath): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('') || BLUEPRINT_FILE;
}

function issueDiagnostic(issue: v.BaseIssue<unknown>, lineOf: (path: FieldPath) => number): Diagnostic {
  const path: FieldPath = (issue.path ?? []).map((item) => item.key as string | number);
  const line = lineOf(path);
  const field = fieldName(path);
  if (issue.type === 'strict_object') {
    if (issue.expected === 'never') {
      const where = path.slice(0, -1);
      const level = where.length === 0 ? '' : where[0] === 'domains' ? 'domain' : where.join('.');
      return diagnostic('error', line, 'blueprint-key-unknown', { key: String(path.at(-1)), where: fieldName(where), known: (KNOWN_KEYS[level] ?? []).join(', ') });
    }
    return diagnostic('error', line, 'blueprint-field-missing', { field });
  }
  const known = readFault(issue.message);
  const args: DiagnosticArgs = { field, ...(known?.args ?? {}), value: shown(issue.input) };
  return diagnostic('error', line, known?.code ?? 'blueprint-field-text', args);
}

function shown(value: unknown): string {
  if (value === undefined) return '—';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** What the schema cannot say alone: a scale that runs upward, a pass mark on it, weights, names and tags once. */
function checkConsistency(blueprint: Blueprint, lineOf: (path: FieldPath) => number): Diagnostic[] {
  const found: Diagnostic[] = [];
  const say = (severity: 'error' | 'warning', path: FieldPath, code: DiagnosticCode, args: DiagnosticArgs) => found.push(diagnostic(severity, lineOf(path), code, args));
  const { scale, passMark } = blueprint.exam;
  if (scale.min >= scale.max) say('error', ['exam', 'scale'], 'blueprint-scale-empty', { min: scale.min, max: scale.max });
  else if (passMark < scale.min || passMark > scale.max) say('error', ['exam', 'passMark'], 'blueprint-pass-mark-off-scale', { mark: passMark, min: scale.min, max: scale.max });
  const sum = Math.round(blueprint.domains.reduce((total, domain) => total + domain.weight, 0) * 100) / 100;
  if (sum !== 100) say('warning', ['domains'], 'blueprint-weights-sum', { sum });
  const names = new Map<string, number>();
  const tags = new Map<string, string>();
  blueprint.domains.forEach((domain, i) => {
    const key = domain.name.toLowerCase();
    if (names.has(key)) say('error', ['domains', i, 'name'], 'blueprint-domain-repeated', { domain: domain.name });
    names.set(key, i);
    domain.tags.forEach((tag, j) => {
      const first = tags.get(tag.toLowerCase());
      if (first !== undefined) say('warning', ['domains', i, 'tags', j], 'blueprint-tag-repeated', { tag, first, second: domain.name });
      else tags.set(tag.toLowerCase(), domain.name);
    });
  });
  return found;
}
