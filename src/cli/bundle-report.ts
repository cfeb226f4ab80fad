/**
 * Prints the gzipped JavaScript the home page loads before it is usable, checks it against the budget
 * and lists the largest lazy chunks: `npm run build && npm run bundle:report [-- dist]`. Exits 1 over budget.
 */
import { INITIAL_JS_BUDGET, measureBundle, type ChunkSize } from './bench/bundle-size';

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const row = (chunk: ChunkSize) => `  ${chunk.file.padEnd(64)} ${kB(chunk.bytes).padStart(10)} ${kB(chunk.gzip).padStart(10)} gz`;

const outDir = process.argv[2] ?? 'dist';
const report = await measureBundle(outDir);

console.log(`Initial JavaScript of the home page (${outDir}):`);
for (const chunk of report.initial) console.log(row(chunk));
const verdict = report.initialGzip <= INITIAL_JS_BUDGET ? 'within' : 'OVER';
console.log(`  total ${kB(report.initialGzip)} (${report.initialGzip} bytes) gzipped, ${verdict} the ${kB(INITIAL_JS_BUDGET)} budget; CSS ${kB(report.initialCssGzip)} gzipped`);
console.log('\nLargest lazy chunks:');
for (const chunk of report.lazy.slice(0, 10)) console.log(row(chunk));
const { count, gzipTotal, gzipMedian } = report.notes;
console.log(`\nNote chunks: ${count}, ${kB(gzipTotal)} gzipped in all, median ${kB(gzipMedian)}`);
if (verdict === 'OVER') process.exitCode = 1;
