// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { HighlightedText } from './highlighted-text';

function marked(text: string, highlights: [number, number][]) {
  const { container } = render(<p><HighlightedText text={text} highlights={highlights} /></p>);
  return { text: container.textContent, marks: [...container.querySelectorAll('mark')].map((m) => m.textContent) };
}

describe('HighlightedText', () => {
  test.each([
    ['KMS 키 정책', [[0, 3]], ['KMS']],
    ['KMS 키 정책', [[0, 3], [6, 8]], ['KMS', '정책']],
    ['KMS 키 정책', [], []],
    // Overlapping, empty and out-of-range ranges are skipped rather than garbling the text.
    ['KMS 키 정책', [[0, 3], [2, 5], [4, 4], [6, 99]], ['KMS']],
  ] as [string, [number, number][], string[]][])('%j %j', (text, highlights, marks) => {
    expect(marked(text, highlights)).toEqual({ text, marks });
  });
});
