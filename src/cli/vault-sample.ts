import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the shared sample vault lives: beside the repository (`../shared/vault-sample`), or wherever
 * `EXAMFLOW_VAULT_SAMPLE` says. Its notes are read in place, never copied into the project.
 */
export const VAULT_SAMPLE_DIR = path.resolve(
  process.env.EXAMFLOW_VAULT_SAMPLE ?? path.join(import.meta.dirname, '..', '..', '..', 'shared', 'vault-sample'),
);

/** Whether the sample vault is on this machine; tests over it are skipped where it is not. */
export const hasVaultSample = existsSync(VAULT_SAMPLE_DIR);
