import type { Plugin } from 'vite';

type BundleChunk = { type: 'chunk'; fileName: string; isEntry: boolean; facadeModuleId: string | null; imports: string[]; dynamicImports: string[]; moduleIds: string[] };
type BundleItem = BundleChunk | { type: 'asset'; fileName: string };

/**
 * The files (chunks and the CSS they import) that a page can only reach through the dynamic import of a module
 * matching `gate`: a large library loaded on the few pages that need it (Mermaid). The service worker leaves
 * them out of its precache and caches them when first used, so every site does not download them on install.
 */
export function findLazyOnlyFiles(bundle: Record<string, BundleItem>, gate: RegExp): Set<string> {
  const chunks = new Map<string, BundleChunk>();
  for (const item of Object.values(bundle)) if (item.type === 'chunk') chunks.set(item.fileName, item);
  const reached = new Set<string>();
  const visit = (fileName: string): void => {
    const chunk = chunks.get(fileName);
    if (!chunk || reached.has(fileName)) return;
    if (chunk.moduleIds.some((id) => gate.test(id))) return;
    reached.add(fileName);
    for (const next of [...chunk.imports, ...chunk.dynamicImports]) visit(next);
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
  const lazyOnly = new Set<string>();
  for (const fileName of chunks.keys()) if (!reached.has(fileName)) lazyOnly.add(fileName);
  return lazyOnly;
}

/** A build plugin that records, after bundling, the files only `gate`'s dynamic import reaches (see above). */
export function lazyOnlyChunks(gate: RegExp): { plugin: Plugin; files: Set<string> } {
  const files = new Set<string>();
  const plugin: Plugin = {
    name: 'examflow-lazy-only-chunks',
    apply: 'build',
    // Pre-rendering bundles the app a second time for Node; only the browser's bundle is precached.
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle(_options, bundle) {
      files.clear();
      for (const file of findLazyOnlyFiles(bundle as unknown as Record<string, BundleItem>, gate)) files.add(file);
    },
  };
  return { plugin, files };
}
