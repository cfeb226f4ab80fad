import { emptyNote } from '../content/empty-note';
import { buildSearchIndex } from './build-index';
import { queryUnits } from './query';
import { rankNotes } from './rank-notes';
import { parseSearchIndex } from './search-notes';

const note = (slug: string, heading: string, body: string) => emptyNote(`${slug}.md`, slug, slug, { heading, blocks: [{ kind: 'markdown', markdown: body }] });

// Fifty notes mention "데이터" in the body, some twice; one has it in its title.
const notes = [
  note('title', '데이터 카탈로그', 'Glue 크롤러.'),
  ...Array.from({ length: 50 }, (_, i) => note(`body-${i}`, `노트 ${i}`, i % 3 === 0 ? '데이터와 데이터 레이크.' : `데이터 ${'설명 '.repeat(i)}`)),
  note('sagemaker', 'SageMaker 노트북', 'SageMaker endpoint'),
];
const parsed = parseSearchIndex(buildSearchIndex(notes));
if (!parsed.ok) throw new Error(parsed.reason);
const { terms, bigrams } = parsed.index;
const rank = (query: string, limit: number) =>
  rankNotes(terms, bigrams, queryUnits(query), limit).map(({ id }) => terms.stored[id]!.slug);

describe('rankNotes', () => {
  test.each([1, 3, 7, 20])('the best %i are the head of the full ranking, in its order', (limit) => {
    expect(rank('데이터', limit)).toEqual(rank('데이터', Infinity).slice(0, limit));
  });

  test('a match in the title ranks above matches in the body', () => {
    expect(rank('데이터', 1)).toEqual(['title']);
    expect(rank('데이터', Infinity)).toHaveLength(51);
  });

  test.each([
    ['sagemakr', 'sagemaker'],
    ['sagem', 'sagemaker'],
    ['endpoint 노트북', 'sagemaker'],
  ])('%j finds %s (typo, prefix, words in different fields)', (query, slug) => {
    expect(rank(query, 5)).toContain(slug);
  });

  test('names the Latin index terms a result matched, for highlighting', () => {
    const [first] = rankNotes(terms, bigrams, queryUnits('sagemakr'), 1);
    expect(first?.latinTerms).toEqual(['sagemaker']);
  });

  test('nothing to search finds nothing', () => {
    expect(rank('  ', 10)).toEqual([]);
  });
});
