// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { useSettings } from '../store/settings';
import { appMessages } from './messages/app';
import { quizMessages } from './messages/quiz';
import { hasKoreanPack, loadKoreanPack } from './korean-pack';
import { useLanguage, useT } from './use-t';

function Header() {
  const t = useT(appMessages);
  const quiz = useT(quizMessages);
  return <p lang={useLanguage()}>{t('navSettings')} / {quiz('practiceTitle')}</p>;
}

describe('useT: the Korean of the first-visit catalogues loads only for a Korean reader', () => {
  test('an English reader draws English and never fetches the Korean pack; choosing Korean fetches it and draws every catalogue in Korean at once', async () => {
    act(() => useSettings.setState({ language: 'en' }));
    render(<Header />);
    expect(screen.getByText(`Settings / Practice`)).toHaveAttribute('lang', 'en');
    expect(hasKoreanPack()).toBe(false);

    act(() => useSettings.setState({ language: 'ko' }));
    // Until the pack is here the page stays in one language: English, never half translated.
    expect(screen.getByText(`Settings / Practice`)).toHaveAttribute('lang', 'en');
    await act(() => loadKoreanPack());
    expect(screen.getByText(`설정 / 연습`)).toHaveAttribute('lang', 'ko');
  });
});
