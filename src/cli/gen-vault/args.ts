/** Reads the command line of `npm run gen:vault -- N DIR [--seed S]`, returning problems as data. */

/** What gen:vault was asked to do. */
export interface GenVaultArgs {
  count: number;
  dir: string;
  seed: string;
}

/** The parsed arguments, or the reason they cannot be used. */
export type ArgsResult = { ok: true; args: GenVaultArgs } | { ok: false; error: string };

/** How to call the command, printed with every argument error. */
export const USAGE = 'usage: npm run gen:vault -- <count> <dir> [--seed <seed>]';

/** The seed used when none is given, so two runs without --seed agree. */
export const DEFAULT_SEED = 'examflow';

/** Parses the arguments after the script name. */
export function parseGenVaultArgs(argv: readonly string[]): ArgsResult {
  const positional: string[] = [];
  let seed = DEFAULT_SEED;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--seed') {
      const value = argv[i + 1];
      if (value === undefined || value === '') return { ok: false, error: '--seed needs a value' };
      seed = value;
      i += 1;
    } else if (arg.startsWith('--seed=')) {
      seed = arg.slice('--seed='.length);
      if (seed === '') return { ok: false, error: '--seed needs a value' };
    } else if (arg.startsWith('--')) {
      return { ok: false, error: `unknown option ${arg}` };
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 2) return { ok: false, error: 'expected a note count and a directory' };
  const [countText, dir] = positional as [string, string];
  if (!/^\d+$/.test(countText)) return { ok: false, error: `count must be a whole number, got "${countText}"` };
  const count = Number(countText);
  if (count < 1 || count > 100_000) return { ok: false, error: 'count must be between 1 and 100000' };
  if (dir.trim() === '') return { ok: false, error: 'directory must not be empty' };
  return { ok: true, args: { count, dir, seed } };
}
