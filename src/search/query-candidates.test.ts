import { emptyNote } from '../content/empty-note';
import { buildSearchIndex } from './build-index';
import { parseSearchIndex, searchNotes } from './search-notes';

const note = (slug: string, body: string) => emptyNote(`${slug}.md`, slug, slug, { heading: slug, blocks: [{ kind: 'markdown', markdown: body }] });

// "데이터레이크" has the bigrams 데이 이터 터레 레이 이크. A note matches it when it holds all of one
// variant's set: all five, or all but the one across a space, or all but those around one syllable.
const parsed = parseSearchIndex(
  buildSearchIndex([
    note('whole', '데이터레이크를 만든다.'),
    note('spaced', '데이터 레이크를 만든다.'),
    note('scattered', '데이터는 많다. 크다.'),
    note('part', '데이터만 있다.'),
  ]),
);
if (!parsed.ok) throw new Error(parsed.reason);
const slugs = (query: string) => searchNotes(parsed.index, query).map((result) => result.slug);

describe('bigram candidates', () => {
  test('a word is found whole or with a space, the whole first, not from a few of its bigrams', () => {
    expect(slugs('데이터레이크')).toEqual(['whole', 'spaced']);
  });

  test('a note holding some bigrams of a word scores only when it matches the word', () => {
    // "scattered" holds 데이 and 이터 of 데이터레이크, no set of them whole: it never scores for the word.
    expect(slugs('데이터레이크 만든다')).toEqual(['whole', 'spaced']);
  });

  test('one Latin letter is asked whole, not as the prefix of every word', () => {
    const index = parseSearchIndex(buildSearchIndex([note('k', 'k means'), note('kms', 'kms keys')]));
    if (!index.ok) throw new Error(index.reason);
    expect(searchNotes(index.index, 'k').map((result) => result.slug)).toEqual(['k']);
  });
});
