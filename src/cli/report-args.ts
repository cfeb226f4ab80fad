/** The arguments of `content:check -- DIR [--json FILE]`, or null when they do not fit. */
export function readArgs(args: string[]): { dir: string; json: string | null } | null {
  const at = args.indexOf('--json');
  const json = at === -1 ? null : (args[at + 1] ?? '');
  const rest = args.filter((_arg, index) => at === -1 || (index !== at && index !== at + 1));
  if (rest.length !== 1 || rest[0]?.startsWith('--') || json === '') return null;
  return { dir: rest[0] ?? '', json };
}
