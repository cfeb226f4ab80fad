import { groupTagResults } from './tag-groups';

const r = (correct: number, total: number) => ({ correct, total, percentage: Math.round((100 * correct) / total) });

describe('groupTagResults', () => {
  test.each([
    ['nothing', {}, []],
    [
      'tags under their first segment, weakest group and tag first',
      { 'service/kms': r(1, 2), 'service/s3': r(0, 1), 'domain/modeling': r(3, 3), 'service/glue': r(2, 2) },
      [['service', 0, ['service/s3', 'service/kms', 'service/glue']], ['domain', 100, ['domain/modeling']]],
    ],
    ['a tag with no slash is its own group', { exam: r(1, 4), '/odd': r(1, 1) }, [['exam', 25, ['exam']], ['/odd', 100, ['/odd']]]],
    ['equal groups by name', { 'b/x': r(1, 2), 'a/y': r(1, 2) }, [['a', 50, ['a/y']], ['b', 50, ['b/x']]]],
  ])('%s', (_, byTag, expected) => {
    expect(groupTagResults(byTag).map((group) => [group.name, group.lowest, group.rows.map(([tag]) => tag)])).toEqual(expected);
  });
});
