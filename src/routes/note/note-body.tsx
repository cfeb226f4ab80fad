import type { NoteModule } from '../../content/note-module';
import { Markdown } from '../../ui/markdown';
import { FlowView } from './flow-view';
import { QuestionPreview } from './question-preview';
import { wikiLinkPlugins } from './wiki-link-plugins';

/** The note's body in order: Markdown runs, question widgets and flow diagrams. */
export function NoteBody({ note }: { note: NoteModule }) {
  return (
    <div className="note-body">
      {note.blocks.map((block, i) => {
        if (block.kind === 'markdown') return <Markdown key={i} remarkPlugins={wikiLinkPlugins}>{block.markdown}</Markdown>;
        if (block.kind === 'question') {
          const question = note.questions[block.index];
          return question ? <QuestionPreview key={i} question={question} number={block.index + 1} /> : null;
        }
        const flow = note.flows[block.index];
        return flow ? <FlowView key={i} note={note} index={block.index} /> : null;
      })}
    </div>
  );
}
