/**
 * The pre-render's shares for a vault: every page of the site (plus the stand-ins React Router needs), dealt
 * between the threads that pre-render. React Router's config takes share 0 and the pre-render plugin the rest;
 * both ask this with the same vault and settings, so they agree.
 */
import { prerenderPaths } from './prerender-paths.ts';
import { prerenderShares, prerenderThreads } from './prerender-shares.ts';
import { vaultSitePaths } from './vault-site-paths.ts';

/** The shares of the vault in `contentDir`, for EXAMFLOW_PRERENDER_THREADS threads (or one per core). */
export async function prerenderPlan(contentDir: string): Promise<string[][]> {
  return prerenderShares(prerenderPaths(await vaultSitePaths(contentDir)), prerenderThreads(process.env.EXAMFLOW_PRERENDER_THREADS));
}
