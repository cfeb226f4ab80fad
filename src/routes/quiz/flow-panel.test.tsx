// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import type { QuizNote } from '../../content/note-module';
import { parseDiagram } from '../../diagram/parse-diagram';
import { SEED_FLOW } from '../../../test/seed-flow.fixture';
import { FlowPanel } from './flow-panel';

// Only what the panel reads of a note: its title and its drawn flows.
const note = { title: 'KMS', diagrams: [parseDiagram(SEED_FLOW)] } as unknown as QuizNote;

describe('FlowPanel', () => {
  test.each([
    ['nothing pointed says nothing', [], ''],
    ['an option naming boxes lists them', ['Grant permission in the KMS key policy'], 'Lit by this answer: KMS Key Policy.'],
    ['an option naming nothing drawn says so', ['Use Amazon Comprehend to detect sentiment'], 'This answer names nothing drawn in the flow, so nothing is lit.'],
  ])('%s', (_name, pointed, said) => {
    const { container } = render(<FlowPanel note={note} pointed={pointed} />);
    expect(container.querySelector('[data-flow-lit]')?.textContent).toBe(said);
    expect(screen.queryAllByRole('button', { name: /named by your answer/ })).toHaveLength(said.startsWith('Lit') ? 1 : 0);
  });
});
