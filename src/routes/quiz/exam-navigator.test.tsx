// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createSession } from '../../quiz/session';
import { choose, goTo, toggleFlag } from '../../quiz/session-actions';
import { itemsOf, makeQuestion } from '../../../test/test-questions';
import { ExamNavigator } from './exam-navigator';

const t0 = Date.parse('2026-03-01T09:00:00.000Z');
const items = itemsOf('n', [], ['a', 'b', 'c'].map((id) => makeQuestion(id, ['x', 'y'], ['A'])));

describe('ExamNavigator', () => {
  test('names each question by number and state, marks the current one and goes where asked', async () => {
    let session = createSession({ selection: { kind: 'all' }, items, seed: 1, mode: 'exam', shuffleOptions: false, now: t0, keepOrder: true });
    session = toggleFlag(choose(session, 'A'));
    session = toggleFlag(goTo(session, 1, t0), 'c');
    const onGo = vi.fn();
    render(<ExamNavigator session={session} onGo={onGo} />);
    expect(screen.getByRole('navigation', { name: 'Questions' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Question 1, answered, flagged' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('button', { name: 'Question 2, not answered' })).toHaveAttribute('aria-current', 'step');
    await userEvent.click(screen.getByRole('button', { name: 'Question 3, not answered, flagged' }));
    expect(onGo).toHaveBeenCalledWith(2);
  });

  test('a "Select 2" question with one choice is named and drawn as short, not as answered', () => {
    const pair = itemsOf('n', [], [makeQuestion('pair', ['w', 'x', 'y', 'z'], ['A', 'C']), makeQuestion('one', ['x', 'y'], ['A'])]);
    const session = choose(createSession({ selection: { kind: 'all' }, items: pair, seed: 1, mode: 'exam', shuffleOptions: false, now: t0, keepOrder: true }), 'A');
    render(<ExamNavigator session={session} onGo={() => {}} />);
    expect(screen.getByRole('button', { name: 'Question 1, 1 of 2 chosen' })).toHaveClass('is-short');
    expect(screen.getByRole('button', { name: 'Question 2, not answered' })).not.toHaveClass('is-short');
  });
});
