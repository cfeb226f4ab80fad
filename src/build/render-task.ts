/**
 * The render of one note in a worker thread: the same renderer the main thread runs (createVaultRenderer),
 * over the vault view the worker was started with, prepared once per view.
 */
import type { Note } from '../content/types.ts';
import { createVaultRenderer, type RenderedNote } from './obsidian/render-vault.ts';
import { fromRenderView, OutsideView, type RenderView } from './obsidian/render-view.ts';

/** One note to render, with its own source (its footnotes are read from it). */
export interface RenderTask {
  note: Note;
  markdown: string;
}

type ViewRenderer = (task: RenderTask) => RenderedNote | null;

const renderers = new WeakMap<RenderView, ViewRenderer>();

/** A renderer over `view`: it gives a note's render, or null when the render asks what the view does not hold. */
export function createViewRenderer(view: RenderView): ViewRenderer {
  // The note being rendered: a render runs synchronously, so the one in hand is the one asked about.
  let own = { file: '', markdown: '' };
  const render = createVaultRenderer(fromRenderView(view, () => own));
  return (task) => {
    own = { file: task.note.file, markdown: task.markdown };
    try {
      return render(task.note);
    } catch (error) {
      if (error instanceof OutsideView) return null;
      throw error;
    }
  };
}

/** Renders `task` over `view`, preparing the view's renderer on first use. */
export function renderInView(view: RenderView, task: RenderTask): RenderedNote | null {
  let renderer = renderers.get(view);
  if (!renderer) renderers.set(view, (renderer = createViewRenderer(view)));
  return renderer(task);
}
