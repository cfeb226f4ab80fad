// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { diagnostic } from '../../content/diagnostic';
import { loadKoreanPack } from '../../i18n/korean-pack';
import { useSettings } from '../../store/settings';
import { DiagnosticsPanel } from './diagnostics-panel';

const problems = [
  diagnostic('warning', 12, 'wrong-option-unexplained', { label: 'C' }),
  diagnostic('error', 3, 'answer-not-an-option', { label: 'F', options: 'A, B, C' }),
  diagnostic('warning', 20, 'explanation-unknown-option', { label: 'L' }),
];

describe('DiagnosticsPanel', () => {
  // A Korean reader's interface is drawn once the Korean pack is here: loaded first, as the app does at start.
  beforeAll(() => loadKoreanPack());
  afterEach(() => useSettings.getState().update({ language: 'en' }));

  test.each([
    ['en', ['(notes/s3.md, line 12): Wrong option C has no explanation', '(notes/s3.md, line 3): Answer F is not among the options (A, B, C)', 'Explanation names option L, which the question does not have']],
    ['ko', ['(notes/s3.md 12번째 줄): 오답 옵션 C에 설명이 없습니다', '(notes/s3.md 3번째 줄): 정답 F는 선택지(A, B, C)에 없습니다', '설명이 문제에 없는 옵션 L을 가리킵니다']],
  ] as const)('speaks %s, particles and all', (language, texts) => {
    useSettings.getState().update({ language });
    render(<DiagnosticsPanel file="notes/s3.md" diagnostics={problems} />);
    const items = screen.getAllByRole('listitem');
    texts.forEach((text, index) => expect(items[index]).toHaveTextContent(text));
  });

  test('a problem with no known code shows its English message', () => {
    render(<DiagnosticsPanel file="notes/s3.md" diagnostics={[{ severity: 'error', line: 1, code: 'gone' as never, args: {}, message: 'Old message' }]} />);
    expect(screen.getByRole('listitem')).toHaveTextContent('Old message');
  });

  test.each([
    ['en', '(notes/s3.md, lines 10, 16, 22): Option A appears more than once'],
    ['ko', '(notes/s3.md 10, 16, 22번째 줄): 옵션 A'],
  ] as const)('in %s, a problem repeated on many lines shows once with all its lines', (language, text) => {
    useSettings.getState().update({ language });
    const repeats = Array.from({ length: 18 }, (_, i) => diagnostic('error', 10 + i, 'option-repeated', { label: 'ABCDEF'[i % 6] ?? 'A' }));
    render(<DiagnosticsPanel file="notes/s3.md" diagnostics={[...repeats, problems[0]!]} />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(7);
    expect(items[0]).toHaveTextContent(text);
    expect(items[6]).toHaveTextContent('12');
  });
});
