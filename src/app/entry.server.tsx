import { ServerRouter, type EntryContext } from 'react-router';
import finishPage from 'virtual:examflow/page-finish';
import { renderToText } from './render-to-text';
import { leaveOutShownHtmlStream } from './shown-html-data';

/** The route of a note's page (routes.ts: `routes/note.tsx`), whose data holds the note's body. */
const NOTE_ROUTE = 'routes/note';

/**
 * Renders a page to complete HTML at build time. The site is only ever pre-rendered (ssr: false), so
 * every page waits for all its content instead of streaming: a reader without JavaScript gets it all.
 */
export default async function handleRequest(
  request: Request,
  status: number,
  headers: Headers,
  context: EntryContext,
): Promise<Response> {
  // The page's inline data leaves out the HTML the page holds as elements (shown-html-data.ts): the page hydrates
  // from those. Its `.data` file, not rendered here, keeps it.
  const handoff = context.serverHandoffStream;
  const page = handoff ? { ...context, serverHandoffStream: leaveOutShownHtmlStream(handoff, NOTE_ROUTE) } : context;
  // Never outline a large Suspense boundary (a diagram's SVG) as a hidden template that a script swaps in:
  // nothing is streamed, and a reader without scripts must see it in place.
  const html = await renderToText(<ServerRouter context={page} url={request.url} />, { progressiveChunkSize: Number.POSITIVE_INFINITY });
  headers.set('Content-Type', 'text/html; charset=utf-8');
  // A build finishes each page here, in whichever pre-render thread rendered it (src/build/finish-page.ts).
  return new Response(finishPage ? finishPage(html, new URL(request.url).pathname, context.isSpaMode) : html, { status, headers });
}
