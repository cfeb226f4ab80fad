// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { makeQuestion, seedQuestion } from '../../../test/test-questions';
import { QuestionPreview } from './question-preview';

// Six options, each explained by a hundred and fifty bullets: what a thousand pasted option lines make.
const long = (label: string) => Array.from({ length: 150 }, (_, i) => `${label} reason ${i} ${'x'.repeat(100)}`).join('\n\n');
const question = makeQuestion('q-long', ['one', 'two', 'three', 'four', 'five', 'six'], ['B'], ['A', 'B', 'C', 'D', 'E', 'F'].map(long));

const inRouter = (children: ReactNode) => <MemoryRouter>{children}</MemoryRouter>;

/** Opens the disclosure as a click on its summary does: the element opens, then fires `toggle`. */
function openAnswer(container: HTMLElement) {
  const details = container.querySelector('details');
  if (!details) throw new Error('no disclosure');
  details.open = true;
  fireEvent(details, new Event('toggle'));
}

describe('QuestionPreview: "Show answer"', () => {
  test.each([
    ['a short question', seedQuestion, ['보안 그룹은 무관', 'VPC와 무관', '키는 할당되지 않음']],
    ['a question whose explanations run long, in its first option', question, ['A reason 149']],
  ])('%s writes its first explanations into the page before it is opened', (_, shown, texts) => {
    const html = renderToString(inRouter(<QuestionPreview question={shown} number={1} />));
    for (const text of texts) expect(html).toContain(text);
    expect(html).not.toContain('aria-busy');
  });

  test('opening a long answer draws every explanation a few options per task, the list busy meanwhile', async () => {
    vi.useFakeTimers();
    const { container } = render(inRouter(<QuestionPreview question={question} number={1} />));
    expect(screen.queryByText(/F reason 0/)).toBeNull();
    act(() => openAnswer(container));
    expect(container.querySelector('.note-explanation-list')).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByText(/F reason 0/)).toBeNull();
    for (let step = 0; step < 6; step += 1) await act(async () => vi.advanceTimersToNextTimer());
    for (const label of 'ABCDEF') expect(screen.getByText(new RegExp(`${label} reason 149`))).toBeInTheDocument();
    expect(container.querySelector('.note-explanation-list')).not.toHaveAttribute('aria-busy');
    vi.useRealTimers();
  });
});
