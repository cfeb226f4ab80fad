// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { useAsyncValue } from './use-async-value';

test('a value is drawn once while it loads and once when it has come, not again as its loading starts', async () => {
  let arrive: (value: string) => void = () => {};
  const load = () => new Promise<string>((resolve) => (arrive = resolve));
  const shown: string[] = [];
  const Reader = () => {
    const value = useAsyncValue('the key', load);
    shown.push(value.status === 'done' ? value.value : value.status);
    return null;
  };
  render(<Reader />);
  expect(shown).toEqual(['loading']);
  await act(async () => arrive('here'));
  expect(shown).toEqual(['loading', 'here']);
});
