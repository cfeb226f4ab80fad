import { diagramMessages } from '../i18n/messages/diagram';
import { useT } from '../i18n/use-t';

/** The block as written, in a `<pre>` that keyboard users can scroll. */
export function FlowSource({ source, id }: { source: string; id?: string }) {
  const t = useT(diagramMessages);
  return (
    <pre id={id} className="flow-source-text" tabIndex={0} aria-label={t('source')}>
      {source}
    </pre>
  );
}
