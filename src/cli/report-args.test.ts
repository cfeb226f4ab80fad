import { readArgs } from './report-args';

describe('readArgs', () => {
  test.each([
    [['vault'], { dir: 'vault', json: null }],
    [['vault', '--json', 'out.json'], { dir: 'vault', json: 'out.json' }],
    [['--json', 'out.json', 'vault'], { dir: 'vault', json: 'out.json' }],
    [[], null],
    [['vault', '--json'], null],
    [['a', 'b'], null],
    [['--verbose'], null],
  ])('%j -> %j', (args, expected) => {
    expect(readArgs(args)).toEqual(expected);
  });
});
