// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { HydrateWhenNear } from './hydrate-when-near';
import { LiveButton, StaticCopy } from './static-copy';

describe('a static copy', () => {
  test('draws a button as its place: its classes and text, hidden from everyone, no control', () => {
    const html = renderToString(<StaticCopy value><LiveButton type="button" className="btn" disabled>Step through</LiveButton></StaticCopy>);
    expect(html).toBe('<span class="btn button-place" aria-hidden="true">Step through</span>');
  });

  test('outside one, a button is a button', () => {
    render(<LiveButton type="button" className="btn">Go</LiveButton>);
    expect(screen.getByRole('button', { name: 'Go' })).toHaveClass('btn');
  });

  test('the pre-render\'s copy of a widget drawn when near is a static copy: its buttons are places', () => {
    vi.stubEnv('SSR', true);
    const copy = renderToString(<HydrateWhenNear widget={3}><LiveButton type="button" className="btn">Go</LiveButton></HydrateWhenNear>);
    vi.unstubAllEnvs();
    expect(copy).toBe('<div data-widget="3"><span class="btn button-place" aria-hidden="true">Go</span></div>');
  });
});
