/**
 * Renders notes' Markdown to HTML in worker threads, so a build's main thread (which runs every plugin
 * of the bundler) never parses Markdown and both cores render. Each worker holds the vault's render view.
 */
import { pathToFileURL } from 'node:url';
import Tinypool from 'tinypool';
import type { RenderedNote } from './obsidian/render-vault.ts';
import type { RenderView } from './obsidian/render-view.ts';
import type { RenderTask } from './render-task.ts';

/** Render threads: `render` gives a note's render, or null when the note needs more of the vault than the view holds. */
export interface RenderPool {
  render: (task: RenderTask) => Promise<RenderedNote | null>;
  destroy: () => Promise<void>;
}

/** Starts `threads` workers of the bundled `workerFile` (see parse-worker.ts), each given `view`. */
export function createRenderPool(workerFile: string, threads: number, view: RenderView): RenderPool {
  const pool = new Tinypool({ filename: pathToFileURL(workerFile).href, minThreads: threads, maxThreads: threads, workerData: view });
  return {
    render: (task) => pool.run(task, { name: 'render' }) as Promise<RenderedNote | null>,
    destroy: () => pool.destroy(),
  };
}
