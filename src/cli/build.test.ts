import { buildEnvironment } from './build.mjs';

describe('buildEnvironment', () => {
  it('has rolldown’s allocator return freed memory at once', () => {
    expect(buildEnvironment({ PATH: '/usr/bin' })).toEqual({ PATH: '/usr/bin', MIMALLOC_PURGE_DELAY: '0' });
  });

  it('keeps a purge delay the caller chose', () => {
    expect(buildEnvironment({ MIMALLOC_PURGE_DELAY: '250' })).toEqual({ MIMALLOC_PURGE_DELAY: '250' });
  });
});
