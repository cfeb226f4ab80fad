/**
 * The entry of a render worker thread (bundled to plain JavaScript like the parse worker, because a worker
 * cannot load TypeScript): it renders batches of notes' Markdown to HTML with the vault it was started with
 * (src/build/render-pool.ts), and hands each rendered note back serialized, or null when it could not render
 * it here: the main thread then renders that note itself.
 */
import { serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { tableHrefs } from './obsidian/href-table.ts';
import { createVaultRenderer } from './obsidian/render-vault.ts';
import { readSharedSources } from './shared-sources.ts';
import type { RenderBatch, RenderedBatch, RenderWorkerData } from './render-pool.ts';

const vault = workerData as RenderWorkerData;
const render = createVaultRenderer({ notes: vault.links, sources: readSharedSources(vault.sources), attachments: vault.attachments, settings: vault.settings, ...tableHrefs(vault.hrefs) });

parentPort?.on('message', ({ batch, notes }: RenderBatch) => {
  const results = notes.map((note) => {
    try {
      return serialize(render(note));
    } catch {
      // A tag the href table lacks, or a note the renderer fails on: the main thread renders it as it always did.
      return null;
    }
  });
  parentPort?.postMessage({ batch, results } satisfies RenderedBatch);
});
