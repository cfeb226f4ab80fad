// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { useSettings } from '../store/settings';
import { StaticCopy } from '../ui/static-copy';
import { loadKoreanPack } from './korean-pack';
import { diagramMessages } from './messages/diagram';
import { useWords } from './use-words';

function Label() {
  const words = useWords(diagramMessages);
  return <p>{words('showSource')}</p>;
}

describe('useWords', () => {
  test('in a static copy, the words are written in every language, each marked with its own', () => {
    act(() => useSettings.setState({ language: 'en' }));
    const { container } = render(<StaticCopy value><Label /></StaticCopy>);
    expect([...container.querySelectorAll('.ui-words')].map((span) => [span.getAttribute('lang'), span.textContent])).toEqual([
      ['en', 'Show source'],
      ['ko', '원본 보기'],
    ]);
  });

  test('elsewhere, the words are the reader\'s alone, as plain text', async () => {
    act(() => useSettings.setState({ language: 'ko' }));
    // A Korean reader's interface is drawn in Korean once the pack has arrived.
    await act(() => loadKoreanPack());
    const { container } = render(<Label />);
    expect(container.querySelector('p')?.innerHTML).toBe('원본 보기');
  });
});
