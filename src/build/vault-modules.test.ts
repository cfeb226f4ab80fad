import { COPY_BUTTON_HTML } from './obsidian/rehype-code-blocks';
import { renderedBody } from '../../test/rendered-body';
import { PARSER_YIELD } from './parser-yield';
import { partChunks } from './obsidian/note-parts';
import { indexModule, jsonModule, noteLoadersModule, packsModule, prerenderPacksModule, partChunkId, partChunkModule, partId, partLoadersModule, partsIndexModule, partsTableModule, VIRTUAL } from './vault-modules';

describe('vault modules', () => {
  test('jsonModule round-trips through JSON.parse, quotes and all', () => {
    const value = { text: 'He said "hi" </script> \u2028 한국어' };
    const code = jsonModule(value);
    const body = code.replace(/^export default /, 'return ').replace(/;\n$/, ';');
    expect(new Function(body)()).toEqual(value);
  });

  const summaries = [
    { slug: 'a', file: 'a.md', title: 'A', tags: ['x'], aliases: [], questionCount: 1, questionIds: ['q1'], errorCount: 0 },
    { slug: 'b-2', file: 'b.md', title: 'B "quoted"', tags: [], aliases: [], questionCount: 0, questionIds: [], errorCount: 0 },
  ];

  test('indexModule keeps summaries as data and imports no note: a bundle that lists notes loads none of them', () => {
    const code = indexModule(summaries);
    expect(code).not.toContain('import(');
    const body = code.replace(/^export const notes = /, 'return ');
    expect(new Function(body)()).toEqual(summaries);
  });

  test('noteLoadersModule gives one lazy loader per note', () => {
    const code = noteLoadersModule(summaries);
    expect(code).toContain(`import("${VIRTUAL.notePrefix}a")`);
    expect(code).toContain(`import("${VIRTUAL.notePrefix}b-2")`);
    expect(code.match(/import\(/g)).toHaveLength(2);
  });

  test('noteLoadersModule reads a note that has a file anew on each call, and imports only the others', async () => {
    const code = noteLoadersModule(summaries, new Map([['a', '/notes/0.json']]));
    expect(code.match(/import\(/g)).toHaveLength(1);
    expect(code).toContain(`import("${VIRTUAL.notePrefix}b-2")`);
    const texts: Record<string, string> = { '/notes/0.json': '{"slug":"a"}' };
    const body = code
      .replace(/^import \{ readFile \} from 'node:fs\/promises';$/m, '')
      .replace(/import\(("[^"]+")\)/g, 'Promise.resolve({ default: () => ({ slug: $1 }) })')
      .replace(/^export async function loadNote/m, 'return async function loadNote');
    const loadNote = new Function('readFile', body)(async (file: string) => texts[file]) as (slug: string) => Promise<unknown>;
    const first = await loadNote('a');
    expect(first).toEqual({ slug: 'a' });
    expect(await loadNote('a')).not.toBe(first);
    expect(await loadNote('b-2')).toEqual({ slug: `${VIRTUAL.notePrefix}b-2` });
    expect(await loadNote('toString')).toBeUndefined();
  });

  test('packsModule gives one lazy loader per pack and the pack of each note as data', () => {
    const code = packsModule([0, -1, 1, 0], 2);
    expect(code.match(/import\(/g)).toHaveLength(2);
    expect(code).toContain(`import("${VIRTUAL.packPrefix}0")`);
    expect(code).toContain(`import("${VIRTUAL.packPrefix}1")`);
    expect(code).toContain('JSON.parse("[0,-1,1,0]")');
  });

  test('the pre-render\'s packs module has the same pack of each note and imports no pack: asking for one fails', async () => {
    const code = prerenderPacksModule([0, -1, 1, 0]);
    expect(code).not.toContain('import');
    const body = code.replace(/^export const packOf = /m, 'const packOf = ').replace(/^export function loadPack/m, 'function loadPack');
    const { packOf, loadPack } = new Function(`${body}\nreturn { packOf, loadPack };`)() as { packOf: number[]; loadPack: (pack: number) => Promise<unknown> };
    expect(packOf).toEqual([0, -1, 1, 0]);
    await expect(loadPack(1)).rejects.toThrow(/question pack 1 is for the browser/);
  });
});

describe('a long note\'s parts', () => {
  // Runs module code whose imports are swapped for `load(id)`, so what it exports can be called.
  // `imported(id)` is what `import(id)` resolves to: by default a module whose default export is `load(id)`.
  const run = (code: string, load: (id: string) => unknown, imported = (id: string): unknown => ({ default: load(id) })) => {
    const body = code
      .replace(/^import (\w+) from ("[^"]+");$/gm, 'const $1 = load($2);')
      .replace(/import\(("[^"]+")\)/g, 'Promise.resolve(imported($1))')
      .replace(/^export default /gm, 'exports.default = ')
      .replace(/^export const (\w+) = /gm, 'exports.$1 = ')
      .replace(/export (async )?function (\w+)/g, 'exports.$2 = $1function $2');
    const exports: Record<string, (...args: unknown[]) => unknown> = {};
    new Function('exports', 'load', 'imported', body)(exports, load, imported);
    return exports;
  };
  const outline = (slug: string) => [`<li><a href="#a">${slug} A</a></li>`, `<li><a href="#b">${slug} B</a></li>`];
  const html = (id: string) => `<p>${id}</p>`;
  // A part's module: its HTML and the data of the widgets after it (here a flow named by the part's id).
  const part = (id: string) => ({ html: html(id), questions: [], flows: [[3, { source: id, line: 1 }]], diagrams: [] });
  // What the browser's import() of a chunk of parts gives: the chunk module run over the parts' modules.
  const chunkOf = (id: string) => {
    const [, slug = '', start, end] = id.slice(VIRTUAL.partChunkPrefix.length).match(/^(.*)\/parts-(\d+)-(\d+)$/) ?? [];
    return run(partChunkModule(slug, Number(start), Number(end)), part);
  };
  // The list of `count` parts, two to a chunk.
  const listOf = (slug: string, count: number, pieces: string[] = []) => run(partLoadersModule(slug, partChunks(Array(count).fill(1), 2), pieces), part, chunkOf);

  test.each(['big', '__proto__', '한국어-노트'])('the pre-render reads every part of %s at once, the browser none', async (slug) => {
    const server = run(partsTableModule(['other', slug], [1, 2], [[], outline(slug)]), part);
    expect(server.readPart!(slug, 1)).toBe(html(partId(slug, 1)) + PARSER_YIELD);
    expect(server.readOutline!(slug)).toEqual(outline(slug).map((piece) => piece + PARSER_YIELD));
    expect(server.readOutline!('other')).toEqual([]);
    expect(server.readOutline!('missing')).toBeUndefined();
    expect(server.readWidgets!(slug, 1)).toEqual(part(partId(slug, 1)));
    expect(server.readPart!(slug, 2)).toBeUndefined();
    expect(server.readPart!('missing', 0)).toBeUndefined();
    const lists = new Map([[`${VIRTUAL.partsPrefix}${slug}`, listOf(slug, 2, outline(slug))]]);
    const browser = run(partsIndexModule(['other', slug]), part, (id) => lists.get(id) ?? chunkOf(id));
    expect(browser.readPart!(slug, 0)).toBeUndefined();
    expect(browser.readOutline!(slug)).toBeUndefined();
    expect(await browser.loadOutline!(slug)).toEqual(outline(slug));
    expect(browser.readWidgets!(slug, 0)).toBeUndefined();
    expect(await browser.loadPart!(slug, 1)).toBe(html(partId(slug, 1)));
    expect(await browser.loadWidgets!(slug, 1)).toEqual(part(partId(slug, 1)));
    expect(await browser.loadPart!(slug, 5)).toBeUndefined();
    expect(await browser.loadPart!('constructor', 0)).toBeUndefined();
  });

  test.each([1, 10, 300])('the pre-render ends each of %i parts and outline pieces with a parser yield point, the browser\'s copies with none', async (count) => {
    const pieces = Array.from({ length: count }, (_, i) => `<li><a href="#h${i}">H${i}</a></li>`);
    const server = run(partsTableModule(['big'], [count], [pieces]), part);
    const drawn = [...Array.from({ length: count }, (_, i) => server.readPart!('big', i) as string), ...(server.readOutline!('big') as string[])];
    // Between two yield points lies one part or piece at most: never the rest of the page.
    for (const text of drawn) expect(text.split(PARSER_YIELD)).toHaveLength(2);
    for (const text of drawn) expect(text.endsWith(PARSER_YIELD)).toBe(true);
    const list = listOf('big', count, pieces);
    const browser = run(partsIndexModule(['big']), part, (id) => (id === `${VIRTUAL.partsPrefix}big` ? list : chunkOf(id)));
    expect(await browser.loadPart!('big', count - 1)).not.toContain(PARSER_YIELD);
    expect(((await browser.loadOutline!('big')) as string[]).join('')).not.toContain(PARSER_YIELD);
  });

  test.each([1, 10, 300])('the browser asks for a note\'s list of parts once, whatever it loads of %i parts', async (count) => {
    let asked = 0;
    const list = listOf('big', count, outline('big'));
    const browser = run(partsIndexModule(['big']), part, (id) => {
      if (id !== `${VIRTUAL.partsPrefix}big`) return chunkOf(id);
      asked += 1;
      return list;
    });
    for (let index = 0; index < count; index += 1) {
      expect(await browser.loadPart!('big', index)).toBe(html(partId('big', index)));
      expect(await browser.loadWidgets!('big', index)).toEqual(part(partId('big', index)));
    }
    expect(await browser.loadOutline!('big')).toEqual(outline('big'));
    expect(asked).toBe(1);
  });

  test('a list that failed to load is asked for again', async () => {
    let asked = 0;
    const list = listOf('big', 2);
    const code = partsIndexModule(['big']).replace(/import\(("[^"]+")\)/g, 'imported($1)');
    const browser = run(code, part, (id) => {
      if (id !== `${VIRTUAL.partsPrefix}big`) return Promise.resolve(chunkOf(id));
      asked += 1;
      return asked === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(list);
    });
    await expect(browser.loadPart!('big', 0)).rejects.toThrow('offline');
    expect(await browser.loadPart!('big', 1)).toBe(html(partId('big', 1)));
    expect(asked).toBe(2);
  });

  test('the browser fetches a chunk of several parts once, and the next chunk with it', async () => {
    const asked: string[] = [];
    const list = run(partLoadersModule('big', partChunks([5, 5, 5, 5, 5, 5, 5], 10)), part, (id) => {
      asked.push(id);
      return chunkOf(id);
    });
    expect(((await list.loadPart!(0)) as { html: string }).html).toBe(html(partId('big', 0)));
    expect(((await list.loadPart!(1)) as { html: string }).html).toBe(html(partId('big', 1)));
    expect(((await list.loadPart!(6)) as { html: string }).html).toBe(html(partId('big', 6)));
    expect(await list.loadPart!(7)).toBeUndefined();
    expect(await list.loadPart!(-1)).toBeUndefined();
    expect(await list.loadPart!(1.5)).toBeUndefined();
    // Each load of a part imports its chunk and starts the next; the browser's module map fetches each once.
    expect(new Set(asked)).toEqual(new Set([partChunkId('big', 0, 2), partChunkId('big', 2, 4), partChunkId('big', 6, 7)]));
    expect(partChunkId('big', 2, 4)).toMatch(/\/parts-2-4$/);
  });
});

describe('partChunks', () => {
  test.each([
    [[], 10, []],
    [[4, 4, 4, 4, 4], 10, [[0, 2], [2, 4], [4, 5]]],
    [[5, 5, 5], 10, [[0, 2], [2, 3]]],
    // A part larger than a chunk is a chunk of its own, and never empty.
    [[3, 30, 3, 3], 10, [[0, 1], [1, 2], [2, 4]]],
    [[30], 10, [[0, 1]]],
  ])('parts of %j bytes in chunks of at most %i: %j', (sizes, max, chunks) => {
    expect(partChunks(sizes, max)).toEqual(chunks);
  });

  test.each([1, 7, 250])('every one of %i parts is in one chunk, in order', (count) => {
    const sizes = Array.from({ length: count }, (_, i) => 1 + ((i * 7919) % 13));
    const chunks = partChunks(sizes, 20);
    expect(chunks.flatMap(([start, end]) => Array.from({ length: end - start }, (_, i) => start + i))).toEqual(sizes.map((_, i) => i));
    for (const [start, end] of chunks) expect(end - start === 1 || sizes.slice(start, end).reduce((a, b) => a + b, 0) <= 20).toBe(true);
  });
});

describe('a long note\'s parts in the pre-render', () => {
  // A note of two code blocks, rendered by the build's own pipeline: the HTML a part's module holds.
  const rendered = () => renderedBody('# Code\n\n```bash\necho one\n```\n\nBetween.\n\n```\nplain <b>two</b>\n```\n');
  const run = (code: string, load: (id: string) => unknown) => {
    const body = code
      .replace(/^import (\w+) from ("[^"]+");$/gm, 'const $1 = load($2);')
      .replace(/export (async )?function (\w+)/g, 'exports.$2 = $1function $2');
    const exports: Record<string, (...args: unknown[]) => unknown> = {};
    new Function('exports', 'load', body)(exports, load);
    return exports;
  };

  test('a part reaches the pre-rendered page without its code blocks\' Copy buttons, and nothing else changes', () => {
    const html = rendered();
    expect(html.match(/<button/g)).toHaveLength(2);
    const server = run(partsTableModule(['code'], [1]), () => ({ html, questions: [], flows: [], diagrams: [] }));
    const read = server.readPart!('code', 0) as string;
    expect(read).not.toContain('<button');
    expect(read.match(/class="code-block"/g)).toHaveLength(2);
    expect(read).toBe(html.split(COPY_BUTTON_HTML).join('') + PARSER_YIELD);
    // The data of the part's widgets is the browser's as it is.
    expect(server.readWidgets!('code', 0)).toEqual({ html, questions: [], flows: [], diagrams: [] });
  });

  test('a part reaches the pre-rendered page with its remote images\' Load buttons as places, their labels kept', () => {
    const html = renderedBody('# Images\n\n![Lake](https://img.example.com/a.png)\n\nBetween.\n\n[![Linked](https://img.example.com/b.png)](https://example.com)\n\n![](https://img.example.com/c.png)\n');
    // Two images with a button; the linked one has none (a button may not sit in a link).
    expect(html.match(/<button/g)).toHaveLength(2);
    const server = run(partsTableModule(['images'], [1]), () => ({ html, questions: [], flows: [], diagrams: [] }));
    const read = server.readPart!('images', 0) as string;
    expect(read).not.toContain('<button');
    const places = [...read.matchAll(/<span class="btn btn-small remote-image-load button-place" aria-hidden="true">(.*?)<\/span><\/span>/g)].map((m) => m[1]);
    expect(places).toHaveLength(2);
    expect(places[0]).toContain('Load image');
    expect(places[0]).toContain(': Lake');
    expect(places[1]).toContain(': img.example.com');
    expect(read.match(/class="remote-image"/g)).toHaveLength(3);
  });
});
