import { DEFAULT_SEED, parseGenVaultArgs } from './args';

describe('parseGenVaultArgs', () => {
  test.each([
    [['10', 'out'], { count: 10, dir: 'out', seed: DEFAULT_SEED }],
    [['5', 'out', '--seed', 'demo'], { count: 5, dir: 'out', seed: 'demo' }],
    [['--seed=42', '5', 'out'], { count: 5, dir: 'out', seed: '42' }],
  ])('accepts %j', (argv, expected) => {
    expect(parseGenVaultArgs(argv)).toEqual({ ok: true, args: expected });
  });

  test.each([
    [[], 'expected a note count and a directory'],
    [['10'], 'expected a note count and a directory'],
    [['ten', 'out'], 'count must be a whole number, got "ten"'],
    [['-3', 'out'], 'count must be a whole number, got "-3"'],
    [['0', 'out'], 'count must be between 1 and 100000'],
    [['10', 'out', '--seed'], '--seed needs a value'],
    [['10', 'out', '--seed='], '--seed needs a value'],
    [['10', 'out', '--force'], 'unknown option --force'],
    [['10', 'out', 'extra'], 'expected a note count and a directory'],
  ])('rejects %j', (argv, error) => {
    expect(parseGenVaultArgs(argv)).toEqual({ ok: false, error });
  });
});
