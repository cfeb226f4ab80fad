import { diagramMessages } from '../i18n/messages/diagram';
import { useT } from '../i18n/use-t';
import type { Diagram } from './types';

/** The flow as sentences ("A → B") in a visually hidden list, for screen readers. */
export function FlowSentences({ diagram, headingId }: { diagram: Diagram; headingId: string }) {
  const t = useT(diagramMessages);
  const label = new Map(diagram.nodes.map((n) => [n.id, n.label]));
  return (
    <div className="visually-hidden">
      {[...diagram.titles, ...diagram.annotations].map((text, i) => (
        <p key={i}>{text.text}</p>
      ))}
      <p id={headingId}>{t('inWords')}</p>
      <ul aria-labelledby={headingId}>
        {diagram.edges.map((e, i) => {
          const vars = { from: label.get(e.from) ?? '', to: label.get(e.to) ?? '', label: e.label ?? '' };
          return <li key={i}>{e.label ? t('edgeLabelled', vars) : t('edge', vars)}</li>;
        })}
      </ul>
    </div>
  );
}
