// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RadioChoices } from './radio-choices';

describe('RadioChoices', () => {
  test('a named group whose choice is saved as it is made, described by its help', async () => {
    const chosen: string[] = [];
    render(<RadioChoices legend="Remote images" name="remoteImages" value="show" onChange={(value) => chosen.push(value)} help="Pictures from other websites."
      choices={[{ value: 'show', label: 'Show' }, { value: 'off', label: "Don't load" }]} />);
    const group = screen.getByRole('group', { name: 'Remote images' });
    expect(group).toHaveAccessibleDescription('Pictures from other websites.');
    expect(screen.getByRole('radio', { name: 'Show' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: "Don't load" }));
    expect(chosen).toEqual(['off']);
  });

  test('without help, no description; a label can carry its own language', () => {
    render(<RadioChoices legend="Language" name="language" value="ko" onChange={() => {}}
      choices={[{ value: 'en', label: 'English', lang: 'en' }, { value: 'ko', label: '한국어', lang: 'ko' }]} />);
    expect(screen.getByRole('group', { name: 'Language' })).not.toHaveAttribute('aria-describedby');
    expect(screen.getByText('한국어').closest('label')).toHaveAttribute('lang', 'ko');
  });
});
