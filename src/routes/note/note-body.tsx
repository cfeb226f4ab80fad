import type { NoteModule } from '../../content/note-module';
import { plainHtml, RichText } from '../../ui/rich-text';
import { NoteReasonView } from '../quiz/note-reason';
import { FlowView } from './flow-view';
import { QuestionPreview } from './question-preview';

/** The note's body in order: Markdown runs (HTML rendered at build time), question widgets and flow diagrams. */
export function NoteBody({ note }: { note: NoteModule }) {
  return (
    <div className="note-body">
      {note.blocks.map((block, i) => {
        if (block.kind === 'markdown') return <RichText key={i} html={block.html ?? plainHtml(block.markdown)} />;
        if (block.kind === 'question') {
          const question = note.questions[block.index];
          const reason = note.reason ? <NoteReasonView reason={note.reason} noteSlug={note.slug} /> : undefined;
          return question ? <QuestionPreview key={i} question={question} number={block.index + 1} reason={reason} /> : null;
        }
        const flow = note.flows[block.index];
        return flow ? <FlowView key={i} note={note} index={block.index} /> : null;
      })}
    </div>
  );
}
