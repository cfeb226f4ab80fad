// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { NumberField, readWholeNumber } from './number-field';

describe('readWholeNumber', () => {
  test.each([
    ['750', 750],
    [' 100 ', 100],
    ['1000', 1000],
    ['99', null],
    ['1001', null],
    ['7.5', null],
    ['-5', null],
    ['', null],
    ['1e3', null],
  ])('%j → %s', (text, value) => {
    expect(readWholeNumber(text, 100, 1000)).toBe(value);
  });
});

function Harness({ onSave }: { onSave: (value: number) => void }) {
  const [value, setValue] = useState(750);
  return (
    <>
      <NumberField name="passMark" label="Pass mark" value={value} min={100} max={1000} invalidMessage="Enter 100 to 1000."
        onValid={(next) => { setValue(next); onSave(next); }} />
      <button type="button" onClick={() => setValue(750)}>Restore</button>
    </>
  );
}

describe('NumberField', () => {
  test('saves valid entries, explains invalid ones without saving them', async () => {
    const saved: number[] = [];
    render(<Harness onSave={(value) => saved.push(value)} />);
    const field = screen.getByRole('spinbutton', { name: 'Pass mark' });
    await userEvent.clear(field);
    await userEvent.type(field, '80');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Enter 100 to 1000.');
    await userEvent.type(field, '0');
    expect(field).toHaveAttribute('aria-invalid', 'false');
    expect(screen.queryByText('Enter 100 to 1000.')).toBeNull();
    expect(saved).toEqual([800]);
  });

  test('follows a value changed elsewhere', async () => {
    render(<Harness onSave={() => {}} />);
    const field = screen.getByRole('spinbutton', { name: 'Pass mark' });
    await userEvent.clear(field);
    await userEvent.type(field, '900');
    await act(() => userEvent.click(screen.getByRole('button', { name: 'Restore' })));
    expect(field).toHaveValue(750);
  });
});
