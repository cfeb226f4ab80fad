import { settingsMessages } from '../../i18n/messages/settings';
import { useT } from '../../i18n/use-t';
import { useSettings } from '../../store/settings';
import { NumberField } from './number-field';

/** The bounds the settings schema allows, so the form never saves what the store would refuse. */
export const EXAM_LIMITS = {
  examQuestions: { min: 1, max: 500 },
  examMinutes: { min: 1, max: 600 },
  passMark: { min: 100, max: 1000 },
} as const;

/** Exam length, time and pass mark, validated as they are typed, plus restoring every default. */
export function ExamSection() {
  const t = useT(settingsMessages);
  const { examQuestions, examMinutes, passMark, update, resetSettings } = useSettings();
  const fields = [
    { key: 'examQuestions', label: t('examQuestions'), value: examQuestions },
    { key: 'examMinutes', label: t('examMinutes'), value: examMinutes },
    { key: 'passMark', label: t('passMark'), value: passMark },
  ] as const;
  return (
    <section className="card stack" aria-labelledby="settings-exam">
      <h2 id="settings-exam">{t('exam')}</h2>
      <div className="settings-fields">
        {fields.map((field) => {
          const { min, max } = EXAM_LIMITS[field.key];
          return (
            <NumberField key={field.key} name={field.key} label={field.label} value={field.value} min={min} max={max}
              invalidMessage={t('outOfRange', { min, max })} onValid={(value) => update({ [field.key]: value })} />
          );
        })}
      </div>
      <button type="button" className="btn" onClick={resetSettings}>{t('restoreDefaults')}</button>
    </section>
  );
}
