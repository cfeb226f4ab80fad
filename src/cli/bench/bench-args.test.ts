import { parseBenchArgs } from './bench-args';

describe('parseBenchArgs', () => {
  test.each([
    [[], { sizes: ['sample', 1000, 5000], skip: [], port: 4180, vitepressHeapMb: 12288 }],
    [['--sizes', 'sample,1000'], { sizes: ['sample', 1000], skip: [], port: 4180, vitepressHeapMb: 12288 }],
    [['--sizes', '272', '--skip-vitepress'], { sizes: [272], skip: ['vitepress'], port: 4180, vitepressHeapMb: 12288 }],
    [['--vitepress-heap', '16384', '--sizes', '5000'], { sizes: [5000], skip: [], port: 4180, vitepressHeapMb: 16384 }],
    [['--skip', 'pages,workers', '--port', '4262'], { sizes: ['sample', 1000, 5000], skip: ['pages', 'workers'], port: 4262, vitepressHeapMb: 12288 }],
  ])('%j', (argv, expected) => {
    const parsed = parseBenchArgs(argv);
    if (!parsed.ok) throw new Error(parsed.error);
    expect({ ...parsed.args, skip: [...parsed.args.skip] }).toEqual(expected);
  });

  test.each([
    [['--sizes'], '--sizes needs a value'],
    [['--sizes', '1000,big'], 'not 1000,big'],
    [['--sizes', '0'], 'not 0'],
    [['--skip', 'lunch'], 'not lunch'],
    [['--port', '80'], 'not a port'],
    [['--fast'], 'unknown option --fast'],
    [['--vitepress-heap', '4g'], 'not 4g'],
  ])('refuses %j', (argv, message) => {
    const parsed = parseBenchArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });
});
