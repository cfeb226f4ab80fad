import { join } from 'node:path';
import { readVault } from '../src/build/read-vault';
import { hasVaultSample, VAULT_SAMPLE_DIR } from '../src/cli/vault-sample';
import type { VaultFile } from '../src/content/parse-vault';

/** Which vault a fidelity check reads: its name in test titles, where it is, and whether this machine has it. */
export interface VaultRoot {
  id: 'sample' | 'seed' | 'hostile' | 'obsidian';
  name: string;
  dir: string;
  present: boolean;
}

const repo = join(import.meta.dirname, '..');

// The shared sample vault sits beside the repository and may be missing; the other three are in every clone,
// so the checks against real notes still assert something where the sample is absent.
if (!hasVaultSample) console.warn(`sample vault checks skipped: ${VAULT_SAMPLE_DIR} does not exist`);

/** The sample vault (where present), the seed notes, the hostile fixture vault and the Obsidian fixture vault. */
export const VAULT_ROOTS: readonly VaultRoot[] = [
  { id: 'sample', name: 'the sample vault', dir: VAULT_SAMPLE_DIR, present: hasVaultSample },
  { id: 'seed', name: 'the seed notes', dir: join(repo, 'content'), present: true },
  { id: 'hostile', name: 'the hostile fixture vault', dir: join(repo, 'e2e/fixtures/hostile-vault'), present: true },
  { id: 'obsidian', name: 'the Obsidian fixture vault', dir: join(repo, 'e2e/fixtures/obsidian-vault'), present: true },
];

/** The vault's study notes as the build reads them (templates left out), or none where the vault is absent. */
export async function readRoot(root: VaultRoot): Promise<VaultFile[]> {
  return root.present ? readVault(root.dir) : [];
}
