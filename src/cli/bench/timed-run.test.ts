import { cpuMsFromTimeReport, peakRssFromTimeReport } from './timed-run';

const report = '\tUser time (seconds): 3.10\n\tSystem time (seconds): 0.40\n\tMaximum resident set size (kbytes): 524288\n\tExit status: 0\n';

describe('GNU time -v report', () => {
  test.each([
    ['the peak, in megabytes', peakRssFromTimeReport, report, 512],
    ['user + system time, in milliseconds', cpuMsFromTimeReport, report, 3500],
  ])('reads %s', (_name, read, text, expected) => {
    expect(read(text)).toBeCloseTo(expected, 6);
  });

  test.each([
    ['peak', peakRssFromTimeReport],
    ['CPU time', cpuMsFromTimeReport],
  ])('gives NaN when the report has no %s', (_name, read) => {
    expect(read('Command exited with non-zero status 1')).toBeNaN();
  });
});
