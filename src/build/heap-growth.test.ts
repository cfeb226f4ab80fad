import v8 from 'node:v8';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HEAP_GROWING_PERCENT, heapGrowthFlag, limitHeapGrowth } from './heap-growth.ts';

afterEach(() => vi.restoreAllMocks());

describe('heapGrowthFlag', () => {
  it.each([
    [20, '--heap-growing-percent=20'],
    [12.6, '--heap-growing-percent=13'],
    [0, '--heap-growing-percent=1'],
  ])('%s percent gives %s', (percent, flag) => {
    expect(heapGrowthFlag(percent)).toBe(flag);
  });
});

describe('limitHeapGrowth', () => {
  it.each([
    [undefined, [heapGrowthFlag(HEAP_GROWING_PERCENT)]],
    ['', [heapGrowthFlag(HEAP_GROWING_PERCENT)]],
    ['35', ['--heap-growing-percent=35']],
    ['many', [heapGrowthFlag(HEAP_GROWING_PERCENT)]],
    ['-5', [heapGrowthFlag(HEAP_GROWING_PERCENT)]],
    ['off', []],
  ])('EXAMFLOW_HEAP_GROWTH=%s sets %j', (setting, flags) => {
    const set = vi.spyOn(v8, 'setFlagsFromString').mockImplementation(() => undefined);
    limitHeapGrowth(setting);
    expect(set.mock.calls.map(([flag]) => flag)).toEqual(flags);
  });
});
