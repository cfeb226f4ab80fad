import { blueprintMessages } from '../../i18n/messages/blueprint';
import { useT } from '../../i18n/use-t';
import { DiagnosticsPanel } from '../note/diagnostics-panel';
import { vaultBlueprint } from '../quiz/exam-blueprint';

/** The problems the build found in examflow.yaml, by line, in the interface language; nothing when there are none. */
export function BlueprintProblems() {
  const t = useT(blueprintMessages);
  if (!vaultBlueprint || vaultBlueprint.diagnostics.length === 0) return null;
  return (
    <DiagnosticsPanel file={vaultBlueprint.file} diagnostics={vaultBlueprint.diagnostics} title={t('problemsTitle')}>
      {vaultBlueprint.blueprint === null && <p>{t('problemsUnused')}</p>}
    </DiagnosticsPanel>
  );
}
