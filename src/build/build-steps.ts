/**
 * Step timings of the build's last stage, for `npm run bench`: with EXAMFLOW_BUILD_STEPS=1 each step
 * writes one `EXAMFLOW_STEP name ms rssMb heapMb` line to stderr; otherwise it just runs.
 */

/** The marker the bench looks for in the build's output. */
export const STEP_MARKER = 'EXAMFLOW_STEP';

/** One timed step as the bench reads it back. */
export interface BuildStep {
  name: string;
  ms: number;
  rssMb: number;
  heapMb: number;
}

/** Runs `work` and, when the bench asks for it, reports its time and the memory in use when it ended. */
export async function timeStep<T>(name: string, work: () => Promise<T>): Promise<T> {
  if (process.env.EXAMFLOW_BUILD_STEPS !== '1') return work();
  const start = performance.now();
  const value = await work();
  const { rss, heapUsed } = process.memoryUsage();
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
  process.stderr.write(`${STEP_MARKER} ${name} ${Math.round(performance.now() - start)} ${mb(rss)} ${mb(heapUsed)}\n`);
  return value;
}

/** Reads the step lines of a build's output, in the order they ran. */
export function readBuildSteps(output: string): BuildStep[] {
  return [...output.matchAll(new RegExp(`${STEP_MARKER} (\\S+) (\\d+) (\\d+) (\\d+)`, 'g'))].map((match) => ({
    name: match[1]!,
    ms: Number(match[2]),
    rssMb: Number(match[3]),
    heapMb: Number(match[4]),
  }));
}
