// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { exportProgress } from '../../store/progress-file';
import { progressStore } from '../../store/progress';
import { ImportProgress } from './import-progress';

const attempt = {
  id: 'a1', questionId: 'q1', noteSlug: 'kms', at: '2026-03-01T09:00:00.000Z', chosen: ['B'], correct: false, seconds: 12, mode: 'practice' as const,
};
const goodFile = JSON.stringify(exportProgress({ attempts: [attempt], exams: [], flags: {} }, Date.parse('2026-03-02T09:00:00.000Z')));

function choose(text: string) {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  return userEvent.upload(input, new File([text], 'progress.json', { type: 'application/json' }));
}

beforeEach(() => progressStore.getState().reset());

describe('ImportProgress', () => {
  test('a file that is not progress is refused with a reason and changes nothing', async () => {
    render(<ImportProgress />);
    await choose('{"app": "something else"}');
    expect(await screen.findByRole('alert')).toHaveTextContent('This is not an examflow progress file. Nothing was changed.');
    expect(screen.queryByRole('region', { name: 'This file holds' })).toBeNull();
    expect(progressStore.getState().attempts).toEqual([]);
  });

  test('a damaged file says where', async () => {
    render(<ImportProgress />);
    const damaged = JSON.parse(goodFile);
    damaged.attempts[0].correct = 'yes';
    await choose(JSON.stringify(damaged));
    expect(await screen.findByRole('alert')).toHaveTextContent(/damaged, so nothing was changed\. Details: .*attempts\.0\.correct/);
  });

  test('a good file is previewed first, then merged on request', async () => {
    render(<ImportProgress />);
    await choose(goodFile);
    const preview = await screen.findByRole('region', { name: 'This file holds' });
    expect(within(preview).getAllByRole('definition').map((d) => d.textContent).slice(0, 4)).toEqual(['1', '1', '0', '0']);
    expect(progressStore.getState().attempts).toEqual([]);
    await userEvent.click(within(preview).getByRole('button', { name: 'Merge with my progress' }));
    expect(screen.getByRole('status')).toHaveTextContent('Imported. Saved now: answers 1, exams 0.');
    expect(progressStore.getState().attempts).toEqual([attempt]);
  });

  test('a file larger than the free space the browser reports is refused before anything is replaced', async () => {
    Object.defineProperty(navigator, 'storage', { configurable: true, value: { estimate: async () => ({ quota: 1_000_000, usage: 999_900 }) } });
    try {
      render(<ImportProgress />);
      await choose(goodFile);
      const preview = await screen.findByRole('region', { name: 'This file holds' });
      await userEvent.click(within(preview).getByRole('button', { name: 'Replace my progress' }));
      await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/^Nothing was imported: the browser has no room for this file\. Your progress is unchanged\. The file needs about [\d.]+ MB; the browser says [\d.]+ MB is free\.$/));
      expect(screen.getByRole('status')).toHaveTextContent('');
      expect(progressStore.getState().attempts).toEqual([]);
    } finally {
      Reflect.deleteProperty(navigator, 'storage');
    }
  });

  test('cancel leaves progress alone', async () => {
    render(<ImportProgress />);
    await choose(goodFile);
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: 'This file holds' })).toBeNull();
    expect(progressStore.getState().attempts).toEqual([]);
  });
});
