import { useId, useState } from 'react';
import { notes } from 'virtual:examflow/index';
import { quizMessages } from '../../i18n/messages/quiz';
import { useT } from '../../i18n/use-t';
import { blueprintMessages } from '../../i18n/messages/blueprint';
import { examMinutes, examQuestionCount } from '../../quiz/exam-timer';
import { examScopes, type ExamScope } from '../../quiz/exam-scopes';
import { BlueprintProblems } from '../blueprint/blueprint-problems';
import { DomainPlan, vaultAvailability } from '../blueprint/domain-plan';
import { blueprint, useExamShape } from './exam-blueprint';

/** Props of {@link ExamSetup}. */
export interface ExamSetupProps {
  busy: boolean;
  onStart: (scope: ExamScope, questions: number, minutes: number) => void;
}

/**
 * Chooses an exam's scope and length; the time follows the settings (or the vault's examflow.yaml), pro rata
 * for a shorter exam. With a blueprint, the whole-vault exam is drawn by domain weight and says how.
 */
export function ExamSetup({ busy, onStart }: ExamSetupProps) {
  const t = useT(quizMessages);
  const tb = useT(blueprintMessages);
  const settings = useExamShape();
  const scopes = examScopes(notes);
  const [scopeValue, setScopeValue] = useState('all');
  const scope = scopes.find((s) => s.value === scopeValue) ?? scopes[0]!;
  // null follows the default for the scope; a string is what the learner typed.
  const [wanted, setWanted] = useState<string | null>(null);
  const ids = useId();
  const byDomain = scope.value === 'all' ? blueprint : null;
  // Questions of no domain are never drawn, so the whole vault offers only what the domains hold.
  const max = byDomain ? vaultAvailability(byDomain).perDomain.reduce((sum, n) => sum + n, 0) : scope.questions;
  const fallback = examQuestionCount(max, settings);
  const parsed = Number.parseInt(wanted ?? '', 10);
  const count = !Number.isFinite(parsed) ? fallback : Math.min(max, Math.max(1, parsed));
  const minutes = examMinutes(count, settings);
  if (scopes[0]!.questions === 0) return <p role="status">{t('noQuestions')}</p>;
  return (
    <form
      className="card stack quiz-exam-setup"
      aria-labelledby={`${ids}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy && count > 0) onStart(scope, count, minutes);
      }}
    >
      <h2 id={`${ids}-title`}>{t('examSetup')}</h2>
      {settings.name !== null && <p>{tb('fromFile', { name: settings.name })}</p>}
      <p className="muted">{t('examIntro')}</p>
      <BlueprintProblems />
      <div className="quiz-exam-field">
        <label htmlFor={`${ids}-scope`}>{t('scope')}</label>
        <select id={`${ids}-scope`} value={scope.value} onChange={(event) => {
          setScopeValue(event.target.value);
          setWanted(null);
        }}>
          {scopes.map((s) => (
            <option key={s.value} value={s.value}>
              {s.value === 'all' ? t('wholeVault', { count: s.questions }) : t('tagScope', { tag: s.value, count: s.questions })}
            </option>
          ))}
        </select>
      </div>
      <div className="quiz-exam-field">
        <label htmlFor={`${ids}-count`}>{t('questionCountLabel')}</label>
        <input
          id={`${ids}-count`}
          type="number"
          inputMode="numeric"
          min={1}
          max={max}
          value={wanted ?? String(fallback)}
          aria-describedby={`${ids}-count-hint`}
          onChange={(event) => setWanted(event.target.value)}
        />
        <span id={`${ids}-count-hint`} className="muted">{t('questionCountHint', { max })}</span>
      </div>
      <p>
        <strong>{t('timeLimit', { minutes })}</strong> · {t('passMarkInfo', { mark: settings.passMark, max: settings.scale.max })}
      </p>
      {byDomain && <DomainPlan blueprint={byDomain} count={count} />}
      <button type="submit" className="btn btn-primary" disabled={busy}>{busy ? t('starting') : t('start')}</button>
    </form>
  );
}
