// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { createValueStore, useSourceValue, type ValueSource } from './value-store';

function Shown({ source }: { source: ValueSource<string> }) {
  return <p>{useSourceValue(source) ?? 'unknown'}</p>;
}

describe('createValueStore', () => {
  test.each([
    ['another value', 'a', 'b', 1],
    ['the same value', 'a', 'a', 0],
    ['null after a value', 'a', null, 1],
  ])('tells its readers when it is set to %s', (_name, initial, next, calls) => {
    const store = createValueStore<string>(initial);
    const listener = vi.fn();
    store.subscribe(listener);
    store.set(next);
    expect(store.get()).toBe(next);
    expect(listener).toHaveBeenCalledTimes(calls);
  });

  test('stops telling a reader that unsubscribed', () => {
    const store = createValueStore<string>();
    const listener = vi.fn();
    store.subscribe(listener)();
    store.set('a');
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('useSourceValue', () => {
  test('reads nothing in the pre-render, which cannot know the value', () => {
    expect(renderToString(<Shown source={createValueStore('known')} />)).toBe('<p>unknown</p>');
  });

  test('shows the value and every change to it', () => {
    const store = createValueStore('first');
    render(<Shown source={store} />);
    expect(screen.getByText('first')).toBeInTheDocument();
    act(() => store.set('second'));
    expect(screen.getByText('second')).toBeInTheDocument();
  });
});
