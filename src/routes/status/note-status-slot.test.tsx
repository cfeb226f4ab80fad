// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { createValueStore } from '../../ui/value-store';
import { NoteStatusSlot } from './note-status-slot';
import { EMPTY_SOURCE, StatusSourceContext, type StatusSource } from './status-source';

function renderSlots(ids: string[][]) {
  const store = createValueStore<StatusSource>();
  let renders = 0;
  render(
    <StatusSourceContext.Provider value={store}>
      <ul>
        {ids.map((questionIds, i) => (
          <li key={i}>
            <Profiler id={`slot-${i}`} onRender={() => (renders += 1)}>
              <NoteStatusSlot questionIds={questionIds} />
            </Profiler>
          </li>
        ))}
      </ul>
    </StatusSourceContext.Provider>,
  );
  return { store, renders: () => renders };
}

describe('NoteStatusSlot', () => {
  test('an untried note\'s slot is not drawn again when the (empty) source of a first visit arrives', () => {
    const { store, renders } = renderSlots([['a-1'], ['b-1', 'b-2']]);
    const before = renders();
    act(() => store.set(EMPTY_SOURCE));
    expect(renders()).toBe(before);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['', '']);
  });

  test('a tried note\'s slot shows its right, wrong and flagged questions, to the eye and to a screen reader', () => {
    const { store } = renderSlots([['a-1', 'a-2', 'a-3'], ['b-1']]);
    act(() => store.set({
      records: new Map([['a-1', { tries: 1, right: 1, lastCorrect: true }], ['a-2', { tries: 2, right: 1, lastCorrect: false }]]),
      flagged: new Set(['a-3']),
    }));
    const [tried, untried] = screen.getAllByRole('listitem');
    expect(tried).toHaveTextContent('✓1✗1⚑1');
    expect(tried!.querySelector('.visually-hidden')?.textContent).toMatch(/1.*1.*1/);
    expect(untried).toHaveTextContent(/^$/);
  });
});
