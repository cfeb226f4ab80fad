import { useId, useState } from 'react';
import { quizMessages } from '../../i18n/messages/quiz';
import { useT } from '../../i18n/use-t';
import type { ExamQuestionOutcome } from '../../quiz/exam-outcome';
import { NoteReasonView } from './note-reason';
import { QuestionView } from './question-view';
import { filterAnswers, type AnswerFilter } from '../../quiz/answer-filter';
import { AnswerVerdict } from './answer-verdict';

/** Every question of a finished exam with your answer, the right one and all explanations, filterable. */
export function ExamAnswers({ outcomes }: { outcomes: ExamQuestionOutcome[] }) {
  const t = useT(quizMessages);
  const [filter, setFilter] = useState<AnswerFilter>('all');
  const id = useId();
  const counts = { all: outcomes.length, wrong: filterAnswers(outcomes, 'wrong').length, flagged: filterAnswers(outcomes, 'flagged').length };
  const labels = {
    all: t('filterAll', { count: counts.all }),
    wrong: t('filterWrong', { count: counts.wrong }),
    flagged: t('filterFlagged', { count: counts.flagged }),
  };
  const shown = filterAnswers(outcomes, filter);
  return (
    <section className="quiz-answers" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('answersTitle')}</h2>
      <fieldset className="quiz-answers-filter">
        <legend>{t('filter')}</legend>
        {(['all', 'wrong', 'flagged'] as const).map((value) => (
          <label key={value} className="quiz-answers-filter-choice">
            <input type="radio" name={`${id}-filter`} value={value} checked={filter === value} onChange={() => setFilter(value)} />
            {labels[value]}
          </label>
        ))}
      </fieldset>
      {shown.length === 0 && <p className="muted">{t('noneInFilter')}</p>}
      <ol className="quiz-answers-list">
        {shown.map((outcome) => {
          const n = outcomes.indexOf(outcome) + 1;
          return (
            <li key={outcome.questionId} className={`card quiz-answers-item ${outcome.correct ? 'is-right' : 'is-wrong'}`}>
              {outcome.item ? (
                <QuestionView
                  question={outcome.item.question}
                  heading={t('questionOf', { n, total: outcomes.length })}
                  chosen={outcome.chosen}
                  revealed
                  summary={<AnswerVerdict outcome={outcome} item={outcome.item} />}
                  reason={outcome.item.reason ? <NoteReasonView reason={outcome.item.reason} noteSlug={outcome.item.noteSlug} /> : undefined}
                />
              ) : (
                <p>{t('questionOf', { n, total: outcomes.length })}: {t('questionGone')}</p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
