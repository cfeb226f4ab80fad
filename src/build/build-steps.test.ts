import { readBuildSteps } from './build-steps';

describe('readBuildSteps', () => {
  test.each([
    ['no step lines', 'vite v8 building…\n', []],
    [
      'steps among other output, in order',
      'x\nEXAMFLOW_STEP service-worker 812 640 210\nwarn\nEXAMFLOW_STEP move 3 641 211\n',
      [
        { name: 'service-worker', ms: 812, rssMb: 640, heapMb: 210 },
        { name: 'move', ms: 3, rssMb: 641, heapMb: 211 },
      ],
    ],
  ])('%s', (_name, output, expected) => {
    expect(readBuildSteps(output)).toEqual(expected);
  });
});
