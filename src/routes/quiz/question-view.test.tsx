// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import type { Question } from '../../content/types';
import { makeQuestion, seedQuestion } from '../../../test/test-questions';
import { NoteReasonView } from './note-reason';
import { QuestionView } from './question-view';

const multi = makeQuestion('q-multi', ['EMR', 'Glue table', 'Lambda', 'Firehose conversion', 'GZIP'], ['B', 'D']);

/** Holds choices like the practice page does: at most `answer.length` for a multi question. */
function Harness({ question, revealed = false, initial = [] }: { question: Question; revealed?: boolean; initial?: string[] }) {
  const [chosen, setChosen] = useState<string[]>(initial);
  const [refusal, setRefusal] = useState<string | null>(null);
  const onChoose = (label: string) => {
    if (question.answer.length === 1) return setChosen([label]);
    if (chosen.includes(label)) return setChosen(chosen.filter((l) => l !== label));
    if (chosen.length >= question.answer.length) return setRefusal('Only 2');
    setChosen([...chosen, label]);
  };
  return (
    <MemoryRouter>
      <QuestionView question={question} heading="Question 1 of 3" chosen={chosen} revealed={revealed} refusal={refusal} onChoose={onChoose} />
    </MemoryRouter>
  );
}

describe('QuestionView', () => {
  test('a single-answer question is a radio group named by its heading and stem', async () => {
    render(<Harness question={seedQuestion} />);
    const group = screen.getByRole('group', { name: 'Question 1 of 3 Stem of q-kms' });
    expect(group).toBeInTheDocument();
    expect(screen.getAllByRole('radio')).toHaveLength(4);
    expect(screen.queryByRole('checkbox')).toBeNull();
    await userEvent.click(screen.getByRole('radio', { name: /^B\. VPC access/ }));
    expect(screen.getByRole('radio', { name: /^B\./ })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: /^C\./ }));
    expect(screen.getByRole('radio', { name: /^B\./ })).not.toBeChecked();
  });

  test('a multi-answer question is a checkbox group that says how many to select', () => {
    render(<Harness question={multi} />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(5);
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.getByText('Select 2.')).toBeInTheDocument();
  });

  test('a third choice is refused with an announced message and stays unchecked', async () => {
    render(<Harness question={multi} />);
    await userEvent.click(screen.getByRole('checkbox', { name: /^A\./ }));
    await userEvent.click(screen.getByRole('checkbox', { name: /^B\./ }));
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    await userEvent.click(screen.getByRole('checkbox', { name: /^C\./ }));
    expect(screen.getByRole('checkbox', { name: /^C\./ })).not.toBeChecked();
    expect(screen.getByRole('alert')).toHaveTextContent('Only 2');
  });

  test('after checking, the wrong choice and the right answer are marked, each with its explanation', () => {
    render(<Harness question={seedQuestion} revealed initial={['B']} />);
    const wrong = screen.getByRole('radio', { name: /^B\./ });
    expect(wrong).toBeDisabled();
    expect(wrong).toHaveAccessibleDescription(/Your choice, wrong.*VPC와 무관/);
    expect(screen.getByRole('radio', { name: /^C\./ })).toHaveAccessibleDescription(/Correct answer.*No explanation in the note/);
    expect(screen.getByRole('radio', { name: /^A\./ })).toHaveAccessibleDescription(/보안 그룹은 무관/);
    expect(screen.getByRole('radio', { name: /^A\./ })).not.toHaveAccessibleDescription(/Correct|Your choice/);
  });

  test('before checking, no explanation or mark gives the answer away', () => {
    render(<Harness question={seedQuestion} initial={['B']} />);
    expect(screen.queryByText(/VPC와 무관/)).toBeNull();
    expect(screen.queryByText('Correct answer')).toBeNull();
  });
});

describe('QuestionView: a question whose explanations run long', () => {
  // Six options, each explained by a hundred and fifty bullets: what a thousand pasted option lines make.
  const long = (label: string) => Array.from({ length: 150 }, (_, i) => `${label} reason ${i} ${'x'.repeat(100)}`).join('\n\n');
  const question = makeQuestion('q-long', ['one', 'two', 'three', 'four', 'five', 'six'], ['B'], ['A', 'B', 'C', 'D', 'E', 'F'].map(long));

  test('once checked, every option is marked at once and its explanation follows a few options per task', async () => {
    vi.useFakeTimers();
    render(<Harness question={question} revealed initial={['A']} />);
    const options = screen.getAllByRole('radio');
    expect(options).toHaveLength(6);
    expect(options[0]).toHaveAccessibleDescription(/Your choice, wrong.*A reason 149/);
    expect(options[1]).toHaveAccessibleDescription(/Correct answer/);
    expect(screen.queryByText(/F reason 0/)).toBeNull();
    expect(screen.getByRole('list', { busy: true })).toBeInTheDocument();
    // Each step's timer is set once the step before is drawn.
    for (let step = 0; step < 6; step += 1) await act(async () => vi.advanceTimersToNextTimer());
    options.forEach((option, i) => expect(option).toHaveAccessibleDescription(new RegExp(`${'ABCDEF'[i]} reason 149`)));
    expect(screen.queryByRole('list', { busy: true })).toBeNull();
    vi.useRealTimers();
  });
});

describe('QuestionView: the note’s own reason', () => {
  const reason = { kind: 'key-point', heading: '🎯 핵심 포인트', anchor: '-핵심-포인트', markdown: 'Grant **kms:Decrypt** to the role.', line: 7 } as const;
  const unexplained = makeQuestion('q-why', ['one', 'two'], ['B'], ['one is wrong', null]);

  test.each([
    ['under a right option without a bullet, labelled and linked', unexplained, 1],
    ['nowhere when the bullet explains the right option', makeQuestion('q-ok', ['one', 'two'], ['B'], ['one is wrong', 'two is right']), 0],
  ])('%s', (_, question, count) => {
    render(
      <MemoryRouter>
        <QuestionView question={question} heading="Q" chosen={['A']} revealed reason={<NoteReasonView reason={reason} noteSlug="kms" />} />
      </MemoryRouter>,
    );
    expect(screen.queryAllByText('From the note’s “핵심 포인트”')).toHaveLength(count);
    expect(screen.queryAllByRole('link', { name: 'Read the whole section' }).map((link) => link.getAttribute('href'))).toEqual(
      count ? ['/notes/kms#-핵심-포인트'] : [],
    );
  });
});
