import { phaseSpans } from './phase-timer';

test('names the spans between the phase marks and leaves the rest to "after"', () => {
  const output = [
    'EXAMFLOW_PHASE buildStart 900',
    'some warning',
    'EXAMFLOW_PHASE buildEnd 5900',
    'EXAMFLOW_PHASE renderStart 5950',
    'EXAMFLOW_PHASE generateBundle 8950',
    'EXAMFLOW_PHASE writeBundle 9950',
  ].join('\n');
  expect(phaseSpans(output, 12_000)).toEqual({ startup: 900, modules: 5000, render: 3000, emit: 1000, after: 2050 });
});

test('a build that never reached a phase gives no spans rather than wrong ones', () => {
  expect(phaseSpans('EXAMFLOW_PHASE buildStart 900\n', 5000)).toBeNull();
});
