// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Verdict } from './verdict';

describe('Verdict', () => {
  test('the live region is there, empty, before checking, so the verdict is announced when it fills', () => {
    const { rerender } = render(<Verdict revealed={false} correct={false} answer={['C']} guessed={false} onGuessed={() => {}} />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.queryByRole('checkbox')).toBeNull();
    rerender(<Verdict revealed correct={false} answer={['C']} guessed={false} onGuessed={() => {}} />);
    expect(screen.getByRole('status')).toHaveTextContent('Incorrect — the answer is C');
  });

  test('"I guessed" reports its new state', async () => {
    const onGuessed = vi.fn();
    render(<Verdict revealed correct answer={['B', 'D']} guessed={false} onGuessed={onGuessed} />);
    expect(screen.getByRole('status')).toHaveTextContent('Correct');
    const toggle = screen.getByRole('checkbox', { name: 'I guessed' });
    expect(toggle).toHaveAccessibleDescription('Guessed answers come back sooner in review.');
    await userEvent.click(toggle);
    expect(onGuessed).toHaveBeenCalledWith(true);
  });
});
