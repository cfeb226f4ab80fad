/**
 * A page rendered to its complete HTML as one string. The site is only ever pre-rendered, so nothing is streamed:
 * React renders until every Suspense boundary is ready (`onAllReady`) and then writes the whole page at once into a
 * sink that keeps it. A web stream read back through a `Response` (renderToReadableStream, then `.text()`) cost the
 * pre-render a promise and a web-stream read per 4 KB chunk, and a second pass to decode the bytes.
 */
import type { ReactNode } from 'react';
import { renderToPipeableStream, type RenderToPipeableStreamOptions } from 'react-dom/server';
import { Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

/** What React is told besides when to write: as renderToPipeableStream takes them, less the callbacks this sets. */
export type RenderTextOptions = Omit<RenderToPipeableStreamOptions, 'onAllReady' | 'onShellReady' | 'onShellError' | 'onError'>;

/**
 * `element`'s HTML once all of it is ready. Rejects with the first error React reports (a failed shell, or an
 * error inside a boundary, which would otherwise leave that boundary's fallback in the page).
 */
export function renderToText(element: ReactNode, options: RenderTextOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    let failed: unknown = null;
    // React writes bytes in views of whole characters and long strings as they are; the decoder also joins a
    // character split between two writes.
    const decoder = new StringDecoder('utf8');
    let html = '';
    const sink = new Writable({
      decodeStrings: false,
      write(chunk: Uint8Array | string, _encoding, done) {
        html += typeof chunk === 'string' ? decoder.end() + chunk : decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        done();
      },
      final(done) {
        html += decoder.end();
        done();
        if (failed) reject(failed instanceof Error ? failed : new Error(String(failed)));
        else resolve(html);
      },
    });
    const { pipe } = renderToPipeableStream(element, {
      ...options,
      onError(error: unknown) {
        failed ??= error;
      },
      onShellError(error: unknown) {
        reject(error instanceof Error ? error : new Error(String(error)));
      },
      onAllReady() {
        pipe(sink);
      },
    });
  });
}
