import { describeFailure, errorLine } from './run-failure';

const timeReport = '\tCommand exited with non-zero status 134\n\tCommand being timed: "node vitepress.js build"\n\tUser time (seconds): 220.1\n';

describe('describeFailure', () => {
  test.each([
    ['a heap limit, with the heap it had', 134, 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n' + timeReport, 8192,
      'out of memory at a 8,192 MB heap'],
    ['a heap limit, heap unknown', 134, '<--- Last few GCs --->\nFATAL ERROR: ... JavaScript heap out of memory', undefined, 'out of memory'],
    ['the program\'s last line, not GNU time\'s', 1, 'building client + server bundles...\n[vitepress] Invalid end tag.\n' + timeReport, undefined,
      'exit 1: [vitepress] Invalid end tag.'],
    ['a signal', null, '', undefined, 'killed by a signal'],
    ['a silent exit', 2, '\n\n', undefined, 'exit 2'],
  ])('%s', (_name, code, stderr, heap, expected) => {
    expect(describeFailure(code, stderr, heap)).toBe(expected);
  });
});

describe('errorLine', () => {
  test.each([
    [new Error('vite build of vault-sample failed (exit 1):\nstack…'), 'vite build of vault-sample failed (exit 1):'],
    ['plain', 'plain'],
  ])('%s', (error, expected) => {
    expect(errorLine(error)).toBe(expected);
  });
});
