// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { progressStore } from '../../store/progress';
import { useSettings } from '../../store/settings';
import { ProgressView } from './progress-view';

const tagsOf = new Map([
  ['kms', ['service/kms']],
  ['s3', ['service/s3']],
]);

function show() {
  const router = createMemoryRouter([{ path: '/progress', element: <ProgressView tagsOf={tagsOf} vaultQuestions={10} /> }], {
    initialEntries: ['/progress'],
  });
  render(<RouterProvider router={router} />);
}

function answer(noteSlug: string, questionId: string, correct: boolean) {
  progressStore.getState().recordAttempt({ questionId, noteSlug, chosen: ['A'], correct, seconds: 20, mode: 'practice' });
}

beforeEach(() => {
  progressStore.getState().reset();
  useSettings.getState().update({ language: 'en', passMark: 750 });
});

describe('ProgressView', () => {
  test('a first day of practice is counted as one day, not "1 days"', () => {
    answer('kms', 'k1', true);
    answer('kms', 'k2', false);
    show();
    expect(screen.getByRole('img', { name: 'In the last 30 days: 2 answered, 1 right, 1 day with practice.' })).toBeInTheDocument();
  });

  test('with nothing saved, says to answer some questions first', () => {
    show();
    expect(screen.getByRole('heading', { name: 'No answers yet.' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Take a timed exam' })).toHaveAttribute('href', '/exam');
  });

  test('estimates readiness, names the weakest tag to drill and shows no exam yet', () => {
    for (let i = 0; i < 5; i += 1) answer('kms', `k${i}`, i === 0);
    for (let i = 0; i < 5; i += 1) answer('s3', `s${i}`, true);
    show();
    // accuracy 6/10, coverage 10/10 → share 0.6 → 100 + 540 = 640
    expect(screen.getByText('Estimated score: 640 of 1000')).toBeInTheDocument();
    expect(screen.getByText('Below your pass mark of 750: 110 points to go.')).toBeInTheDocument();
    const weak = screen.getByRole('region', { name: 'Weakest tags' });
    expect(within(weak).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'service/kms · 20% right (1 of 5 questions, by their latest answer)Drill',
      'service/s3 · 100% right (5 of 5 questions, by their latest answer)Drill',
    ]);
    expect(within(weak).getByRole('link', { name: 'Drill service/kms' })).toHaveAttribute('href', '/practice?tag=service%2Fkms');
    expect(screen.getByRole('heading', { level: 2, name: 'Accuracy by tag (latest answer to each question)' })).toBeInTheDocument();
    expect(screen.getByText('No exam taken yet. A timed exam shows whether you would pass.')).toBeInTheDocument();
  });

  test('averages the last exams into the estimate and charts them against the pass mark', () => {
    answer('kms', 'k1', true);
    progressStore.getState().recordExam({ id: 'e1', questionIds: [], correct: 60, total: 65, scaled: 931, passed: true, seconds: 100, byTag: {} });
    show();
    expect(screen.getByText(/Your last exams average 931\./)).toBeInTheDocument();
    // The chart is a group of links: each dot opens its exam's results.
    const chart = screen.getByRole('group', { name: /^Exams taken from .+: 1; at or above the pass mark of 750: 1\.$/ });
    expect(within(chart).getByRole('link', { name: /: 931, Passed$/ })).toHaveAttribute('href', '/exam/results/e1');
    expect(screen.getByRole('link', { name: 'All past exams' })).toHaveAttribute('href', '/exam#past-exams');
  });

  test('with a blueprint, reports the latest answers by domain in its order, with its pass mark', () => {
    const blueprint = {
      exam: { name: 'MLS-C01', questions: 65, minutes: 180, passMark: 700, scale: { min: 100, max: 1000 } },
      domains: [
        { name: 'Security', weight: 40, tags: ['service/kms'] },
        { name: 'Storage', weight: 60, tags: ['service/s3'] },
      ],
    };
    answer('kms', 'k1', false);
    answer('kms', 'k1', true);
    answer('kms', 'k2', false);
    answer('s3', 's1', true);
    const router = createMemoryRouter([{ path: '/progress', element: <ProgressView tagsOf={tagsOf} vaultQuestions={10} blueprint={blueprint} /> }], {
      initialEntries: ['/progress'],
    });
    render(<RouterProvider router={router} />);
    const table = screen.getByRole('table', { name: 'By domain' });
    expect(within(table).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual(['Security40%1 / 250%', 'Storage60%1 / 1100%']);
    expect(screen.getByText(/pass mark of 700/)).toBeInTheDocument();
  });
});
