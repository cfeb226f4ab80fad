import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { splitBody } from './obsidian/note-parts.ts';
import { examflowContent } from './vite-plugin.ts';

vi.mock('./obsidian/note-parts.ts', async (original) => {
  const actual = await original<typeof import('./obsidian/note-parts.ts')>();
  return { ...actual, splitBody: vi.fn(actual.splitBody) };
});

/** A note of `sections` sections of about 2 kB, a flow diagram after each: each Markdown run between two is a part. */
function longNote(sections: number): string {
  const prose = 'A sentence of the long note that fills its section with text. '.repeat(32);
  const body = Array.from({ length: sections }, (_, n) => `## Part ${n + 1}\n\n${prose}\n\n\`\`\`\nClient → API ${n + 1} → Store\n\`\`\`\n`);
  return `# Long\n\n${body.join('\n')}`;
}

// A 20 MB note has thousands of part modules: splitting the note again for each (its quiz JSON of every
// diagram, its outline's HTML) made the build quadratic in parts. Every module of a long note reads one split.
describe('the modules of a long note', () => {
  let dir = '';
  let server: ViteDevServer | null = null;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'examflow-long-'));
    writeFileSync(path.join(dir, 'long.md'), longNote(80));
    writeFileSync(path.join(dir, 'short.md'), '# Short\n\nA short note. #tag\n');
    server = await createServer({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      plugins: [examflowContent({ dir, paths: { note: (slug) => `/notes/${slug}`, tag: (tag) => `/tags/${tag}` } })],
      server: { middlewareMode: true, hmr: false, watch: null },
    });
  });

  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const load = (id: string) => server!.environments.client.pluginContainer.load(`\0virtual:examflow/${id}`);

  test('split the note once when its data and twenty of its parts are loaded', async () => {
    const split = vi.mocked(splitBody);
    split.mockClear();
    expect(await load('note/long')).toContain('part');
    for (let index = 0; index < 20; index += 1) expect(await load(`note-part/long/part-${index}`)).toBeTruthy();
    expect(split).toHaveBeenCalledTimes(1);
    expect(split.mock.results[0]?.value.parts.length).toBeGreaterThanOrEqual(20);
  }, 120_000);
});
