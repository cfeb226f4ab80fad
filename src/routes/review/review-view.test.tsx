// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { progressStore } from '../../store/progress';
import { useSettings } from '../../store/settings';
import { ReviewView } from './review-view';

// The questions the vault asks now; 'gone-q' was answered once but no longer exists.
const vault = new Set(['q1', 'q2']);

function show() {
  const router = createMemoryRouter([{ path: '/review', element: <ReviewView liveIds={vault} /> }, { path: '/practice', Component: () => <p>practice</p> }], {
    initialEntries: ['/review'],
  });
  render(<RouterProvider router={router} />);
  return router;
}

const answer = (questionId: string, correct: boolean, noteSlug = 'kms') =>
  progressStore.getState().recordAttempt({ questionId, noteSlug, chosen: ['A'], correct, seconds: 20, mode: 'practice' });

beforeEach(() => {
  progressStore.getState().reset();
  useSettings.getState().update({ language: 'en' });
});

describe('ReviewPage', () => {
  test('with no answers, says to answer some questions first', () => {
    show();
    expect(screen.getByRole('heading', { name: 'No answers yet, so nothing to review.' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Practice all questions' })).toHaveAttribute('href', '/practice?mode=all');
  });

  test('counts what is due today and starts a due session', async () => {
    answer('q1', false);
    answer('q2', true);
    answer('gone-q', false, 'gone');
    const router = show();
    expect(screen.getByRole('heading', { name: '1 question due today' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Review now' }));
    expect(router.state.location.search).toBe('?mode=due');
  });

  test('follows new answers and the interface language', async () => {
    answer('q2', true);
    show();
    expect(screen.getByText('Nothing is due today. Well done.')).toBeInTheDocument();
    act(() => {
      answer('q1', false);
      useSettings.getState().update({ language: 'ko' });
    });
    // The interface turns Korean once the Korean pack (fetched on the switch) is here.
    expect(await screen.findByRole('heading', { name: '오늘 복습할 문제 1개' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '지금 복습하기' })).toBeInTheDocument();
  });
});
