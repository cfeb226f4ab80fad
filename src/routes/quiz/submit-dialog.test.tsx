// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createSession } from '../../quiz/session';
import { choose, goTo } from '../../quiz/session-actions';
import { itemsOf, makeQuestion } from '../../../test/test-questions';
import { SubmitDialog } from './submit-dialog';

const t0 = Date.parse('2026-03-01T09:00:00.000Z');
const items = itemsOf('n', [], [makeQuestion('pair', ['w', 'x', 'y', 'z'], ['A', 'C']), makeQuestion('one', ['x', 'y'], ['A']), makeQuestion('blank', ['x', 'y'], ['A'])]);

describe('SubmitDialog', () => {
  test('says how many are not answered and how many are short of the options they ask for, with a way to each', async () => {
    let session = createSession({ selection: { kind: 'all' }, items, seed: 1, mode: 'exam', shuffleOptions: false, now: t0, keepOrder: true });
    session = choose(goTo(choose(session, 'A'), 1, t0), 'B');
    const onGo = vi.fn();
    render(<SubmitDialog open session={session} onCancel={() => {}} onSubmit={() => {}} onGo={onGo} />);
    const dialog = document.querySelector('dialog')!;
    const description = (dialog.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent).join(' ');
    expect(description).toBe(
      'You answered 2 of 3 questions. You cannot change answers after submitting. ' +
        '1 question is not answered. It counts as not correct in the score and is not added to your history or review. ' +
        '1 question has fewer options chosen than it asks for, so it counts as not correct.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Go to question 1', hidden: true }));
    expect(onGo).toHaveBeenCalledWith(0);
    expect(screen.getByRole('button', { name: 'Go to question 3', hidden: true })).toBeInTheDocument();
    expect(screen.queryByText('Every question has an answer.')).toBeNull();
  });
});
