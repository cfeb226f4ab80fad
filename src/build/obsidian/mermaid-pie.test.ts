import { parsePie } from './mermaid-pie.ts';

describe('parsePie', () => {
  test.each([
    ['a title on the header', 'pie title Pets\n  "Dogs" : 386\n  "Cats" : 85.5', { title: 'Pets', showData: false, slices: [{ label: 'Dogs', value: 386 }, { label: 'Cats', value: 85.5 }] }],
    ['showData and a title line', 'pie showData\n  title 비용\n  "EC2" : 5\n  "S3" : 0', { title: '비용', showData: true, slices: [{ label: 'EC2', value: 5 }, { label: 'S3', value: 0 }] }],
    ['no title, comments and accessibility lines', 'pie\n  %% a comment\n  accTitle: Pets\n  "A" : .5', { title: null, showData: false, slices: [{ label: 'A', value: 0.5 }] }],
  ])('reads %s', (_name, text, pie) => {
    expect(parsePie(text)).toEqual({ ok: true, pie });
  });

  test.each([
    ['a header that is not pie', 'gantt\n  "A" : 1'],
    ['a line that is no slice', 'pie\n  "A" : 1\n  B : 2'],
    ['a negative value', 'pie\n  "A" : -1'],
    ['nothing above zero', 'pie\n  "A" : 0'],
    ['no slices', 'pie title Empty'],
  ])('refuses %s rather than draw part of it', (_name, text) => {
    expect(parsePie(text).ok).toBe(false);
  });
});
