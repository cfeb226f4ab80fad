/**
 * Checks a blueprint against the vault it ships with: a tag no note carries, a domain with no questions,
 * questions no domain claims (never drawn for an exam). Warnings, since the exam still runs.
 */
import { diagnostic } from '../../content/diagnostic.ts';
import type { NoteSummary } from '../../content/note-summary.ts';
import type { Diagnostic } from '../../content/types.ts';
import { domainAvailability, domainOf, type Blueprint } from '../../quiz/blueprint.ts';
import { selectionTagMatches } from '../../quiz/selection.ts';
import type { FieldPath } from './parse-blueprint.ts';

/** The warnings of a blueprint over the vault's notes, at the line of the tag or domain concerned. */
export function checkBlueprintTags(
  blueprint: Blueprint,
  notes: readonly Pick<NoteSummary, 'file' | 'tags' | 'questionCount'>[],
  lineOf: (path: FieldPath) => number,
): Diagnostic[] {
  const found: Diagnostic[] = [];
  const asking = notes.filter((note) => note.questionCount > 0);
  blueprint.domains.forEach((domain, i) => {
    domain.tags.forEach((tag, j) => {
      if (!notes.some((note) => note.tags.some((noteTag) => selectionTagMatches(tag, noteTag)))) {
        found.push(diagnostic('warning', lineOf(['domains', i, 'tags', j]), 'blueprint-tag-unknown', { tag, domain: domain.name }));
      }
    });
  });
  const { perDomain, outside: outsideQuestions } = domainAvailability(notes, blueprint.domains);
  const outside = asking.filter((note) => domainOf(note.tags, blueprint.domains) === null).map((note) => note.file);
  blueprint.domains.forEach((domain, i) => {
    if (perDomain[i] === 0) found.push(diagnostic('warning', lineOf(['domains', i, 'name']), 'blueprint-domain-empty', { domain: domain.name }));
  });
  if (outsideQuestions > 0) {
    found.push(diagnostic('warning', lineOf(['domains']), 'blueprint-questions-outside', { count: outsideQuestions, notes: outside.length, file: outside[0] ?? '' }));
  }
  return found;
}
