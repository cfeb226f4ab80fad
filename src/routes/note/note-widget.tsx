import type { NoteModule, PartWidgets } from '../../content/note-module';
import type { NoteBlock } from '../../content/types';
import { FlowView } from './flow-view';
import { LazyQuestionPreview } from './lazy-question-preview';

/** A block of a note that draws a widget: a question or a flow diagram. */
export type WidgetBlock = Extract<NoteBlock, { kind: 'question' | 'flow' }>;

/** The entry of `index` in a part's `[index, value]` list, if the part carries it. */
function entryOf<T>(entries: readonly (readonly [number, T])[] | undefined, index: number): T | undefined {
  return entries?.find(([at]) => at === index)?.[1];
}

/**
 * A question or flow diagram of the note, its data read as it is drawn: one after a long note's first part
 * finds it in `moved`, the data its part's chunk carries (HydrateWhenNear draws it only once that has arrived).
 */
export function NoteWidget({ note, block, moved }: { note: NoteModule; block: WidgetBlock; moved?: PartWidgets }) {
  if (block.kind === 'question') {
    const question = note.questions[block.index] ?? entryOf(moved?.questions, block.index);
    return question ? <LazyQuestionPreview question={question} number={block.index + 1} reason={note.reason} noteSlug={note.slug} /> : null;
  }
  const flow = note.flows[block.index] ?? entryOf(moved?.flows, block.index);
  return <FlowView flow={flow} diagram={note.diagrams[block.index] ?? entryOf(moved?.diagrams, block.index)} />;
}
