import { spawnSync } from 'node:child_process';
import { buildEnvironment } from './build.mjs';

describe('buildEnvironment', () => {
  it('has rolldown’s allocator return freed memory at once, from an arena committed on demand', () => {
    expect(buildEnvironment({ PATH: '/usr/bin' })).toEqual({ PATH: '/usr/bin', MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ARENA_EAGER_COMMIT: '0' });
  });

  it('keeps settings the caller chose', () => {
    expect(buildEnvironment({ MIMALLOC_PURGE_DELAY: '250', MIMALLOC_ARENA_EAGER_COMMIT: '1' })).toEqual({ MIMALLOC_PURGE_DELAY: '250', MIMALLOC_ARENA_EAGER_COMMIT: '1' });
  });

  it.runIf(process.platform === 'linux')('names settings that rolldown’s mimalloc reads (it prints them when verbose)', () => {
    // mimalloc reads its options when rolldown's native module loads; a misspelt variable is silently ignored.
    const run = spawnSync(process.execPath, ['-e', "import('rolldown')"], {
      env: { ...buildEnvironment({ PATH: process.env.PATH }), MIMALLOC_VERBOSE: '1' },
      encoding: 'utf8',
    });
    expect(run.stderr).toMatch(/option 'purge_delay': 0\b/);
    expect(run.stderr).toMatch(/option 'arena_eager_commit': 0\b/);
  });
});
