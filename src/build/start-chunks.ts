/**
 * Groups the small modules every first visit runs into two chunks. Left to itself, Rolldown makes one chunk
 * per set of route modules that share code: the home page fetched ~27 chunks of 0.2–4.8 kB, which gzip
 * ~5 kB worse apart than together and cost a request each. Lazy code (dynamic imports) is never reached here.
 */

/** What a chunk group reads of a module (a part of Rolldown's ModuleInfo). */
export interface StartModuleInfo {
  isEntry: boolean;
  /** Static importers only: a dynamic import does not load the module at start. */
  importers: readonly string[];
}

/** Rolldown's chunking context, reduced to the look-up the groups need. */
export interface StartChunkContext {
  getModuleInfo(id: string): StartModuleInfo | null;
}

/** Which entry modules load on every page (the client entry, root and layout routes) and which pages a visit lands on. */
export interface StartChunkRules {
  shell: RegExp;
  landing: RegExp;
}

/** The names of the two chunks: libraries and the app's own code. */
export const START_CHUNKS = { vendor: 'start-vendor', app: 'start-app' } as const;

const NODE_MODULES = /[\\/]node_modules[\\/]/;

/** The entry modules whose static imports reach `id`, found by walking its static importers up. */
function reachingEntries(id: string, ctx: StartChunkContext): string[] {
  const seen = new Set([id]);
  const queue = [id];
  const entries: string[] = [];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    const info = ctx.getModuleInfo(next);
    if (!info) continue;
    if (info.isEntry) entries.push(next);
    for (const importer of info.importers) {
      if (seen.has(importer)) continue;
      seen.add(importer);
      queue.push(importer);
    }
  }
  return entries;
}

/**
 * The start chunk a module belongs in, or null to leave it to Rolldown: a library the shell loads goes to
 * the vendor chunk; the app's code goes to the app chunk when the shell loads it or two landing pages share
 * it (code only one page uses stays in that page's chunk). Entry modules stay where React Router wants them.
 */
export function startChunkName(id: string, ctx: StartChunkContext, rules: StartChunkRules): string | null {
  const info = ctx.getModuleInfo(id);
  if (!info || info.isEntry) return null;
  const entries = reachingEntries(id, ctx);
  const fromShell = entries.some((entry) => rules.shell.test(entry));
  if (NODE_MODULES.test(id)) return fromShell ? START_CHUNKS.vendor : null;
  const landingPages = entries.filter((entry) => rules.landing.test(entry)).length;
  return fromShell || landingPages >= 2 ? START_CHUNKS.app : null;
}

/** Rolldown `output.codeSplitting` options that build the two start chunks. */
export function startChunkSplitting(rules: StartChunkRules) {
  return {
    groups: [{ debugName: 'start chunks', name: (id: string, ctx: StartChunkContext) => startChunkName(id, ctx, rules) }],
  };
}
