import { parseVault } from '../content/parse-vault';
import { buildReport } from './report';
import { formatSummary, percent } from './report-summary';

const note = `---
title: t
tags: [a/b]
---

# Heading

## 아키텍처 플로우

\`\`\`
A → B
\`\`\`

## 관련 문제

**Question:** Which one? 

- A) One
- B) Two
- C) Three

**정답: B**

💡 추가 설명:

- **A번** - no
`;

describe('buildReport', () => {
  const analyses = parseVault([{ file: 'x/n.md', markdown: note }, { file: 'y/n.md', markdown: '# Other\n' }]);
  const report = buildReport(analyses);

  test('has exactly the fields of content-report-schema.md', () => {
    expect(Object.keys(report)).toEqual(['notes', 'summary']);
    expect(Object.keys(report.summary)).toEqual(['notes', 'questions', 'diagrams', 'errors', 'warnings']);
    const [first] = report.notes;
    expect(Object.keys(first ?? {})).toEqual(['file', 'slug', 'title', 'heading', 'tags', 'aliases', 'questions', 'diagrams', 'diagnostics']);
    expect(Object.keys(first?.questions[0] ?? {})).toEqual(['id', 'stem', 'multi', 'options', 'answer', 'notes', 'line']);
    expect(Object.keys(first?.diagrams[0] ?? {})).toEqual(['parsed', 'source', 'nodes', 'edges', 'titles', 'annotations', 'line']);
    expect(first?.diagrams[0]).toMatchObject({ source: 'A → B', line: 10 });
  });

  test('counts notes, questions, diagrams and problems, with the duplicate slug as an error', () => {
    expect(report.summary).toEqual({ notes: 2, questions: 1, diagrams: 1, errors: 1, warnings: 1 });
    expect(report.notes[1]?.slug).toBe('n-2');
  });

  test('the summary lists every problem as file:line: severity: message, then the counts', () => {
    const text = formatSummary(report, analyses);
    expect(text).toContain('x/n.md:20: warning: Wrong option C has no explanation');
    expect(text).toContain('y/n.md:1: error: Duplicate slug');
    expect(text).toContain('mapped bullets:     1/1 (100.0%)');
    expect(text).toContain('explained options:  1/3 (33.3%)');
  });
});

describe('percent', () => {
  test.each([
    [1, 3, '33.3%'],
    [0, 0, 'n/a'],
    [5, 5, '100.0%'],
  ])('%i of %i is %s', (part, whole, text) => {
    expect(percent(part, whole)).toBe(text);
  });
});
