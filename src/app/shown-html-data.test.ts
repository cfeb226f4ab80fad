import { createRequestHandler, UNSAFE_decodeViaTurboStream as decode, type ServerBuild } from 'react-router';
import { leaveOutShownHtml, leaveOutShownHtmlStream } from './shown-html-data';

const NOTE = 'routes/note';

/**
 * The text of the data React Router writes into a page (its handoff stream) for a note route whose loader answers
 * `data`: the server runtime's own encoder, through a server build of a root and a note route.
 */
async function pageData(data: unknown): Promise<string> {
  const component = () => null;
  const build = {
    routes: {
      root: { id: 'root', path: '', module: { default: component } },
      [NOTE]: { id: NOTE, parentId: 'root', path: 'notes/:slug', module: { default: component, loader: () => data } },
    },
    assets: {
      routes: {
        root: { id: 'root', path: '', module: '/root.js', hasLoader: false },
        [NOTE]: { id: NOTE, parentId: 'root', path: 'notes/:slug', module: '/note.js', hasLoader: true },
      },
      entry: { module: '/entry.js', imports: [] },
      url: '/manifest.js',
      version: '1',
    },
    entry: { module: { default: (_r: Request, _s: number, _h: Headers, context: { serverHandoffStream: ReadableStream }) => new Response(context.serverHandoffStream) } },
    publicPath: '/',
    assetsBuildDirectory: '',
    basename: '/',
    future: {},
    ssr: true,
    isSpaMode: false,
    prerender: [],
    routeDiscovery: { mode: 'initial' },
  } as unknown as ServerBuild;
  const response = await createRequestHandler(build, 'production')(new Request('http://localhost/notes/a'));
  return response.text();
}

/** What the page decodes from `text`: the note route's data. */
async function decoded(text: string): Promise<unknown> {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
      controller.close();
    },
  });
  const { value } = await decode(stream, globalThis);
  return (value as { loaderData: Record<string, unknown> }).loaderData[NOTE];
}

const md = (html: string) => ({ kind: 'markdown', markdown: '', html });

describe('leaveOutShownHtml', () => {
  test('the HTML of every block the page shows is null in its data, and everything else is as the loader gave it', async () => {
    const note = {
      slug: 'a',
      head: [md('<p>one</p>'), { kind: 'question', index: 0 }, md('<p>two</p>'), md('<p>one</p>')],
      questions: [{ stem: 'Which?', html: { stem: '<p>Which?</p>' } }],
    };
    const text = await pageData(note);
    const left = leaveOutShownHtml(text, NOTE);
    expect(left.length).toBeLessThan(text.length);
    expect(left).not.toContain('<p>one</p>');
    expect(await decoded(left)).toEqual({
      ...note,
      head: [{ ...md(''), html: null }, { kind: 'question', index: 0 }, { ...md(''), html: null }, { ...md(''), html: null }],
    });
  });

  test('a long note keeps the HTML of blocks past its first later part: the page holds those as text, not elements', async () => {
    const note = { slug: 'a', head: [md('<p>shown</p>'), { kind: 'part', index: 0 }, md('<p>later</p>')] };
    expect(await decoded(leaveOutShownHtml(await pageData(note), NOTE))).toEqual({
      ...note,
      head: [{ ...md(''), html: null }, { kind: 'part', index: 0 }, md('<p>later</p>')],
    });
  });

  test('a string the page shows that the data also uses elsewhere is kept, where it is used and in the block', async () => {
    const note = { slug: 'a', head: [md('<p>same</p>'), md('<p>own</p>')], questions: [{ html: { stem: '<p>same</p>' } }] };
    expect(await decoded(leaveOutShownHtml(await pageData(note), NOTE))).toEqual({
      ...note,
      head: [md('<p>same</p>'), { ...md(''), html: null }],
    });
  });

  test('data of another route, or not of the form expected, is given back as it is', async () => {
    const text = await pageData({ slug: 'a', head: [md('<p>one</p>')] });
    expect(leaveOutShownHtml(text, 'routes/other')).toBe(text);
    expect(leaveOutShownHtml('not json\n', NOTE)).toBe('not json\n');
    expect(leaveOutShownHtml('-5\n', NOTE)).toBe('-5\n');
  });

  test('the stream form gives the same text', async () => {
    const text = await pageData({ slug: 'a', head: [md('<p>one</p>')] });
    const stream = leaveOutShownHtmlStream(new Response(text).body as ReadableStream<Uint8Array>, NOTE);
    expect(await new Response(stream).text()).toBe(leaveOutShownHtml(text, NOTE));
  });
});
