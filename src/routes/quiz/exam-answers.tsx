import { useId, useState } from 'react';
import { quizMessages } from '../../i18n/messages/quiz';
import { useT } from '../../i18n/use-t';
import type { ExamQuestionOutcome } from '../../quiz/exam-outcome';
import { NoteReasonView } from './note-reason';
import { QuestionView } from './question-view';
import { filterAnswers, type AnswerFilter } from '../../quiz/answer-filter';
import { AnswerVerdict } from './answer-verdict';

/** Every question of a finished exam with your answer (or that none was given), the right one and all explanations, filterable. */
export function ExamAnswers({ outcomes }: { outcomes: ExamQuestionOutcome[] }) {
  const t = useT(quizMessages);
  const [filter, setFilter] = useState<AnswerFilter>('all');
  const id = useId();
  const count = (value: AnswerFilter) => filterAnswers(outcomes, value).length;
  const labels = {
    all: t('filterAll', { count: outcomes.length }),
    wrong: t('filterWrong', { count: count('wrong') }),
    unanswered: t('filterUnanswered', { count: count('unanswered') }),
    flagged: t('filterFlagged', { count: count('flagged') }),
  };
  // "Not answered" is offered only when the exam left some: most exams are answered to the end.
  const filters: AnswerFilter[] = count('unanswered') > 0 ? ['all', 'wrong', 'unanswered', 'flagged'] : ['all', 'wrong', 'flagged'];
  const shown = filterAnswers(outcomes, filter);
  return (
    <section className="quiz-answers" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('answersTitle')}</h2>
      <fieldset className="quiz-answers-filter">
        <legend>{t('filter')}</legend>
        {filters.map((value) => (
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
            <li key={outcome.questionId} className={`card quiz-answers-item ${outcome.correct ? 'is-right' : outcome.unanswered ? 'is-unanswered' : 'is-wrong'}`}>
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
