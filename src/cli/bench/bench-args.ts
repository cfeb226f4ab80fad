/** The options of `npm run bench`, so a run can measure only some vaults or leave out the slow parts. */

/** The parts of the bench that `--skip` can leave out. */
export const BENCH_PARTS = ['parse', 'vitepress', 'rebuild', 'workers', 'pages', 'search'] as const;

/** One part of the bench. */
export type BenchPart = (typeof BENCH_PARTS)[number];

/** Which vaults to measure and which parts to run. A size is `sample` (the shared sample vault), `content` or a note count to generate. */
export interface BenchArgs {
  sizes: ('sample' | 'content' | number)[];
  skip: Set<BenchPart>;
  /** The first port of the preview servers the page measurements start (two are used). */
  port: number;
  /** VitePress's V8 heap limit in megabytes. */
  vitepressHeapMb: number;
}

/** How to call the bench, for its error messages. */
export const BENCH_USAGE = `usage: npm run bench -- [--sizes sample,1000,5000] [--skip ${BENCH_PARTS.join(',')}] [--skip-vitepress] [--port 4180] [--vitepress-heap 8192]`;

const DEFAULT_SIZES: BenchArgs['sizes'] = ['sample', 1000, 5000];

/** VitePress's heap by default: at its own default (about 4 GB) it runs out of memory at 5,000 notes. */
const DEFAULT_VITEPRESS_HEAP_MB = 12_288;

/** Reads the command line, or says what is wrong with it. */
export function parseBenchArgs(argv: readonly string[]): { ok: true; args: BenchArgs } | { ok: false; error: string } {
  const args: BenchArgs = { sizes: DEFAULT_SIZES, skip: new Set(), port: 4180, vitepressHeapMb: DEFAULT_VITEPRESS_HEAP_MB };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1] ?? '';
    if (flag === '--skip-vitepress') {
      args.skip.add('vitepress');
      continue;
    }
    if (!['--sizes', '--skip', '--port', '--vitepress-heap'].includes(flag)) return { ok: false, error: `unknown option ${flag}` };
    if (!value || value.startsWith('--')) return { ok: false, error: `${flag} needs a value` };
    i++;
    if (flag === '--port') {
      args.port = Number(value);
      if (!Number.isInteger(args.port) || args.port < 1024 || args.port > 65534) return { ok: false, error: `--port ${value} is not a port from 1024 to 65534` };
    } else if (flag === '--vitepress-heap') {
      args.vitepressHeapMb = Number(value);
      if (!Number.isInteger(args.vitepressHeapMb) || args.vitepressHeapMb < 512) return { ok: false, error: `--vitepress-heap takes megabytes (512 or more), not ${value}` };
    } else if (flag === '--sizes') {
      const sizes = value.split(',').map((size) => (size === 'sample' || size === 'content' ? size : Number(size)));
      const bad = sizes.find((size) => typeof size === 'number' && !(Number.isInteger(size) && size > 0));
      if (bad !== undefined) return { ok: false, error: `--sizes takes sample, content or note counts, not ${value}` };
      args.sizes = sizes;
    } else {
      for (const part of value.split(',')) {
        if (!(BENCH_PARTS as readonly string[]).includes(part)) return { ok: false, error: `--skip knows ${BENCH_PARTS.join(', ')}, not ${part}` };
        args.skip.add(part as BenchPart);
      }
    }
  }
  return { ok: true, args };
}
