// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadKoreanPack } from '../i18n/korean-pack';
import { useSettings } from '../store/settings';
import { UpdateNotice } from './update-notice';
import { UpdatePrompt } from './update-prompt';

describe('UpdateNotice', () => {
  beforeEach(() => useSettings.getState().update({ language: 'en' }));

  test('an empty live region waits in the page before anything happens', () => {
    render(<UpdatePrompt />);
    expect(screen.getByRole('region', { name: 'App updates' })).toContainElement(screen.getByRole('status'));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.queryByRole('button')).toBeNull();
  });

  test('a new version asks before reloading, and Later only hides the notice', async () => {
    const onReload = vi.fn();
    const onDismiss = vi.fn();
    render(<UpdateNotice kind="update" onReload={onReload} onDismiss={onDismiss} />);
    expect(screen.getByRole('paragraph')).toHaveTextContent('A new version of examflow is available');
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(onReload).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  test('offline readiness is announced without buttons', () => {
    render(<UpdateNotice kind="offline-ready" onReload={vi.fn()} onDismiss={vi.fn()} />);
    expect(screen.getByText(/works offline/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  test('speaks Korean when the interface is Korean', async () => {
    useSettings.getState().update({ language: 'ko' });
    await loadKoreanPack();
    render(<UpdateNotice kind="update" onReload={vi.fn()} onDismiss={vi.fn()} />);
    expect(screen.getByRole('button', { name: '새로고침' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '나중에' })).toBeInTheDocument();
  });
});
