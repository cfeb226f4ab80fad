import { planPacks, type PackInput } from './question-packs';

const input = (slug: string, tag: string, questionCount: number, bytes: number): PackInput => ({ slug, tags: tag ? [tag] : [], questionCount, bytes });

describe('planPacks on small inputs', () => {
  test.each([
    ['no notes', [], [], 0],
    ['notes without questions go in no pack', [input('a', 'x', 0, 500)], [-1], 0],
    ['a small vault is one pack', [input('a', 'x', 1, 50), input('b', 'y', 2, 40)], [0, 0], 1],
    ['notes are grouped by first tag before cutting', [input('a', 'b', 1, 40), input('b', 'a', 1, 40), input('c', 'b', 1, 40), input('d', 'a', 1, 40)], [1, 0, 1, 0], 2],
    ['a huge note leaves no empty pack number', [input('a', 'a', 1, 10), input('b', 'b', 1, 1000), input('c', 'c', 1, 10)], [0, 1, 2], 3],
  ] as [string, PackInput[], number[], number][])('%s', (_, notes, packOf, count) => {
    expect(planPacks(notes, 4, 100)).toEqual({ packOf, count });
  });
});
