import { Suspense, use } from 'react';
import { renderToText } from './render-to-text';

/** Text that is ready only once `promise` resolves: the page waits for it instead of showing the fallback. */
function Later({ promise }: { promise: Promise<string> }) {
  return <p>{use(promise)}</p>;
}

/** A component whose render fails. */
function Broken(): never {
  throw new Error('broken part');
}

describe('renderToText', () => {
  test('gives the whole page, with what a Suspense boundary waited for in place of its fallback', async () => {
    const promise = new Promise<string>((resolve) => setTimeout(() => resolve('arrived later'), 10));
    const html = await renderToText(
      <html>
        <body>
          <Suspense fallback={<p>waiting</p>}>
            <Later promise={promise} />
          </Suspense>
        </body>
      </html>,
      { progressiveChunkSize: Number.POSITIVE_INFINITY },
    );
    expect(html).toBe('<!DOCTYPE html><html><head></head><body><!--$--><p>arrived later</p><!--/$--></body></html>');
  });

  test('keeps every character of a page much longer than one write, in any script', async () => {
    // Long runs of two- and four-byte characters between short elements: React writes them in 4 KB pieces and as
    // whole strings, so a character could fall across two of them.
    const parts = Array.from({ length: 300 }, (_, i) => `${'é'.repeat(i % 7)}한국어 ${'𝔘'.repeat(i)} ${i}`);
    const html = await renderToText(<div>{parts.map((part, i) => <span key={i}>{part}</span>)}</div>);
    expect(html).toBe(`<div>${parts.map((part) => `<span>${part}</span>`).join('')}</div>`);
  });

  test('fails with the error of a part that could not be rendered, never giving a page with a fallback', async () => {
    const render = renderToText(
      <div>
        <Suspense fallback={<p>waiting</p>}>
          <Broken />
        </Suspense>
      </div>,
    );
    await expect(render).rejects.toThrow('broken part');
  });

  test('fails when the page itself cannot be rendered', async () => {
    await expect(renderToText(<Broken />)).rejects.toThrow('broken part');
  });
});
