import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { finishPages } from './finish-site.ts';
import { isFinishedPage } from './finish-page.ts';

const REDIRECT = '<!doctype html>\n<head>\n<title>Redirecting to: /notes/a</title>\n</head>\n<body></body>\n</html>';

describe('finishPages', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'examflow-finish-'));
    await mkdir(path.join(dir, '.vite'));
    await writeFile(path.join(dir, '.vite', 'manifest.json'), '{}');
    for (const page of ['old', 'older']) {
      await mkdir(path.join(dir, page));
      await writeFile(path.join(dir, page, 'index.html'), REDIRECT);
    }
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  test('finishes each page not finished yet', async () => {
    await finishPages(dir, '/', new Set());
    for (const page of ['old', 'older']) expect(isFinishedPage(await readFile(path.join(dir, page, 'index.html'), 'utf8'))).toBe(true);
  });

  test('does not open a page a pre-render thread saw finished as it wrote it', async () => {
    await finishPages(dir, '/', new Set(['older/index.html']));
    expect(isFinishedPage(await readFile(path.join(dir, 'old', 'index.html'), 'utf8'))).toBe(true);
    expect(await readFile(path.join(dir, 'older', 'index.html'), 'utf8')).toBe(REDIRECT);
  });
});
