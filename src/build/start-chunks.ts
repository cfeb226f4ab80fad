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

/** Which entry modules load on every page (the client entry, root and layout routes) and, by page name, the route module of each page a visit lands on. */
export interface StartChunkRules {
  shell: RegExp;
  landing: Readonly<Record<string, RegExp>>;
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

/** The names of the landing pages whose route modules reach the module, in the rules' order. */
function landingPagesOf(entries: readonly string[], rules: StartChunkRules): string[] {
  return Object.keys(rules.landing).filter((page) => entries.some((entry) => rules.landing[page]?.test(entry)));
}

/** The chunk of the app's code that exactly these landing pages share: `start-home-tag`. */
export function sharedStartChunk(pages: readonly string[]): string {
  return `start-${pages.join('-')}`;
}

/**
 * The start chunk a module belongs in, or null to leave it to Rolldown: a library the shell loads goes to
 * the vendor chunk; the app's code goes to the app chunk when the shell loads it or every landing page does,
 * and to one chunk per set of landing pages when only some of them share it (`start-home-tag`), so a note
 * page never fetches the home page's lists. Code only one page uses stays in that page's chunk. Entry
 * modules stay where React Router wants them.
 */
export function startChunkName(id: string, ctx: StartChunkContext, rules: StartChunkRules): string | null {
  const info = ctx.getModuleInfo(id);
  if (!info || info.isEntry) return null;
  const entries = reachingEntries(id, ctx);
  const fromShell = entries.some((entry) => rules.shell.test(entry));
  if (NODE_MODULES.test(id)) return fromShell ? START_CHUNKS.vendor : null;
  if (fromShell) return START_CHUNKS.app;
  const pages = landingPagesOf(entries, rules);
  if (pages.length < 2) return null;
  return pages.length === Object.keys(rules.landing).length ? START_CHUNKS.app : sharedStartChunk(pages);
}

/** Rolldown `output.codeSplitting` options that build the two start chunks. */
export function startChunkSplitting(rules: StartChunkRules) {
  return {
    groups: [{ debugName: 'start chunks', name: (id: string, ctx: StartChunkContext) => startChunkName(id, ctx, rules) }],
  };
}
