// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { Markdown } from './markdown';

const renderMd = (md: string) => render(<MemoryRouter><Markdown>{md}</Markdown></MemoryRouter>);

describe('Markdown', () => {
  test('renders GFM tables', () => {
    renderMd('| a | b |\n|---|---|\n| 1 | 2 |');
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '2' })).toBeInTheDocument();
  });

  test('never turns raw HTML into elements', () => {
    const { container } = renderMd('<img src=x onerror="window.__pwned=1"> <script>window.__pwned=1</script>');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
  });

  test.each([
    ['[x](javascript:alert(1))'],
    ['[x](data:text/html;base64,PHNjcmlwdD4=)'],
    ['[x](JaVaScRiPt:alert(1))'],
  ])('neutralises %s', (md) => {
    renderMd(md);
    const link = screen.queryByRole('link');
    expect(link?.getAttribute('href') ?? '').not.toMatch(/javascript|data:/i);
  });

  test('external links get noopener noreferrer, in-app links stay in the app', () => {
    renderMd('[aws](https://aws.amazon.com) and [note](/notes/a)');
    expect(screen.getByRole('link', { name: 'aws' })).toHaveAttribute('rel', 'noopener noreferrer');
    const internal = screen.getByRole('link', { name: 'note' });
    expect(internal).toHaveAttribute('href', '/notes/a');
    expect(internal).not.toHaveAttribute('rel');
  });
});
