/**
 * Why a child build failed, in one line for the bench's tables. A failed build is a result the bench reports
 * (VitePress running out of memory at 5,000 notes is a finding), never a reason to stop before the tables.
 */

/** The lines Node prints when a process dies at its heap limit. */
const OUT_OF_MEMORY = /JavaScript heap out of memory|Reached heap limit|Allocation failed - process out of memory/;

/** One line saying why a run with exit `code` (null when a signal ended it) and output `stderr` failed. */
export function describeFailure(code: number | null, stderr: string, heapMb?: number): string {
  if (OUT_OF_MEMORY.test(stderr)) return heapMb ? `out of memory at a ${heapMb.toLocaleString('en-US')} MB heap` : 'out of memory';
  // GNU time's own report follows the program's output; the program's last words come before it.
  const ownOutput = stderr.split(/\n\s*(?:Command (?:exited|terminated)|Command being timed)/)[0] ?? '';
  const last = ownOutput.split('\n').map((line) => line.trim()).filter(Boolean).at(-1);
  const how = code === null ? 'killed by a signal' : `exit ${code}`;
  return last ? `${how}: ${last.slice(0, 160)}` : how;
}

/** The message of anything thrown, in one line. */
export function errorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 200);
}
