/** Vite's build manifest (`.vite/manifest.json`, `build.manifest: true`): what the build and the bench read of it. */

/** A manifest entry, reduced to what is followed here. */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: readonly string[];
  css?: string[];
}

/**
 * The manifest keys the entries reach through static imports only, each once, breadth first from the entries in
 * their order; a key the manifest does not hold reaches nothing.
 */
export function staticClosure(manifest: Readonly<Record<string, ManifestChunk>>, ...entryKeys: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entryKeys];
  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    const chunk = manifest[key];
    if (seen.has(key) || !chunk) continue;
    seen.add(key);
    queue.push(...(chunk.imports ?? []));
  }
  return [...seen];
}
