import { describe, expect, it } from 'vitest';
import { readAuditArgs } from './audit-pages';

const DEFAULTS = { outDir: 'dist', port: 4176, runs: 3 };

describe('readAuditArgs', () => {
  it('keeps the defaults a command gives, and takes a folder, a port and a run count over them', () => {
    expect(readAuditArgs([], DEFAULTS)).toEqual(DEFAULTS);
    expect(readAuditArgs(['site', '--runs', '7', '--port', '4190'], DEFAULTS)).toEqual({ outDir: 'site', port: 4190, runs: 7 });
  });

  it('refuses an unknown flag, a missing or non-positive number', () => {
    for (const argv of [['--fast'], ['--runs'], ['--runs', '0'], ['--port', '4.5'], ['--runs', 'x']]) expect(readAuditArgs(argv, DEFAULTS), argv.join(' ')).toBeNull();
  });
});
