import { peakRssFromTimeReport } from './vite-build';

describe('peakRssFromTimeReport', () => {
  test('reads the peak from GNU time -v output, in megabytes', () => {
    const report = '\tUser time (seconds): 3.10\n\tMaximum resident set size (kbytes): 524288\n\tExit status: 0\n';
    expect(peakRssFromTimeReport(report)).toBe(512);
  });

  test('gives NaN when the report has no peak', () => {
    expect(peakRssFromTimeReport('Command exited with non-zero status 1')).toBeNaN();
  });
});
