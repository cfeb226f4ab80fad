import type { Blueprint } from '../../quiz/blueprint';
import { checkBlueprintTags } from './check-blueprint';

const blueprint: Blueprint = {
  exam: { name: 'x', questions: 10, minutes: 10, passMark: 750, scale: { min: 100, max: 1000 } },
  domains: [
    { name: 'Data', weight: 50, tags: ['data', 'service/kinesis'] },
    { name: 'Modeling', weight: 50, tags: ['metric', 'algorithm/ghost'] },
  ],
};
const lineOf = (path: readonly (string | number)[]) => path.length * 10 + Number(path[1] ?? 0);

test.each([
  {
    name: 'every tag on a note, every question in a domain: nothing to say',
    notes: [{ file: 'a.md', tags: ['data/parquet', 'service/kinesis'], questionCount: 2 }, { file: 'b.md', tags: ['metric/auc'], questionCount: 1 }],
    bp: { ...blueprint, domains: [blueprint.domains[0]!, { ...blueprint.domains[1]!, tags: ['metric'] }] },
    codes: [],
  },
  {
    name: 'a tag no note carries',
    notes: [{ file: 'a.md', tags: ['data'], questionCount: 1 }, { file: 'b.md', tags: ['metric'], questionCount: 1 }, { file: 'k.md', tags: ['service/kinesis'], questionCount: 0 }],
    bp: blueprint,
    codes: ['blueprint-tag-unknown'],
  },
  {
    name: 'a domain whose tags are only on notes without questions, and questions outside every domain',
    notes: [{ file: 'a.md', tags: ['data'], questionCount: 1 }, { file: 'm.md', tags: ['metric', 'algorithm/ghost'], questionCount: 0 }, { file: 'z.md', tags: ['misc'], questionCount: 3 }, { file: 'k.md', tags: ['service/kinesis'], questionCount: 0 }],
    bp: blueprint,
    codes: ['blueprint-domain-empty', 'blueprint-questions-outside'],
  },
])('$name', ({ notes, bp, codes }) => {
  expect(checkBlueprintTags(bp, notes, lineOf).map((d) => d.code)).toEqual(codes);
});

test('the count of questions outside the domains names how many and the first note', () => {
  const notes = [{ file: 'a.md', tags: ['data', 'metric', 'algorithm/ghost', 'service/kinesis'], questionCount: 1 }, { file: 'z.md', tags: [], questionCount: 3 }, { file: 'y.md', tags: ['other'], questionCount: 2 }];
  const outside = checkBlueprintTags(blueprint, notes, lineOf).find((d) => d.code === 'blueprint-questions-outside');
  expect(outside).toMatchObject({ code: 'blueprint-questions-outside', severity: 'warning', args: { count: 5, notes: 2, file: 'z.md' } });
});
