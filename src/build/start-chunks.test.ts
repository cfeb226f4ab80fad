import { START_CHUNKS, sharedStartChunk, startChunkName, startChunkSplitting, type StartModuleInfo } from './start-chunks.ts';

// A small app: the client entry and root route (the shell), three landing routes and a practice route.
// `importers` lists static importers only; the quiz is imported dynamically, so it has none.
const graph: Record<string, StartModuleInfo> = {
  '/app/node_modules/rr/entry.client.tsx': { isEntry: true, importers: [] },
  '/app/src/app/root.tsx?client-route': { isEntry: true, importers: [] },
  '/app/src/app/routes/home.tsx?client-route': { isEntry: true, importers: [] },
  '/app/src/app/routes/note.tsx?client-route': { isEntry: true, importers: [] },
  '/app/src/app/routes/tag.tsx?client-route': { isEntry: true, importers: [] },
  '/app/src/app/routes/practice.tsx?client-route': { isEntry: true, importers: [] },
  '/app/node_modules/react/index.js': { isEntry: false, importers: ['/app/node_modules/rr/entry.client.tsx', '/app/src/ui/page-title.ts'] },
  '/app/node_modules/charts/index.js': { isEntry: false, importers: ['/app/src/routes/practice-page.tsx'] },
  '/app/src/ui/page-title.ts': { isEntry: false, importers: ['/app/src/app/root.tsx?client-route'] },
  '/app/src/ui/status.ts': { isEntry: false, importers: ['/app/src/ui/reading-list.ts'] },
  '/app/src/ui/reading-list.ts': { isEntry: false, importers: ['/app/src/app/routes/home.tsx?client-route', '/app/src/app/routes/tag.tsx?client-route'] },
  '/app/src/ui/tag-text.tsx': { isEntry: false, importers: ['/app/src/ui/reading-list.ts', '/app/src/routes/note-page.tsx'] },
  '/app/src/routes/note-page.tsx': { isEntry: false, importers: ['/app/src/app/routes/note.tsx?client-route'] },
  '/app/src/routes/practice-page.tsx': { isEntry: false, importers: ['/app/src/app/routes/practice.tsx?client-route'] },
  '/app/src/quiz/quiz.tsx': { isEntry: false, importers: [] },
  // A cycle: both modules are reached from the root through `a`.
  '/app/src/ui/cycle-a.ts': { isEntry: false, importers: ['/app/src/ui/cycle-b.ts', '/app/src/app/root.tsx?client-route'] },
  '/app/src/ui/cycle-b.ts': { isEntry: false, importers: ['/app/src/ui/cycle-a.ts'] },
};
const ctx = { getModuleInfo: (id: string) => graph[id] ?? null };
const rules = { shell: /(entry\.client\.tsx|[\\/]app[\\/]root\.tsx)(\?|$)/, landing: { home: /[\\/]routes[\\/]home\.tsx(\?|$)/, note: /[\\/]routes[\\/]note\.tsx(\?|$)/, tag: /[\\/]routes[\\/]tag\.tsx(\?|$)/ } };

test.each([
  ['a library the shell loads', '/app/node_modules/react/index.js', START_CHUNKS.vendor],
  ['a library only a lazy page loads', '/app/node_modules/charts/index.js', null],
  ['app code the root route loads', '/app/src/ui/page-title.ts', START_CHUNKS.app],
  ['app code every landing page reaches', '/app/src/ui/tag-text.tsx', START_CHUNKS.app],
  ['app code only two landing pages share', '/app/src/ui/reading-list.ts', 'start-home-tag'],
  ['what such shared code imports', '/app/src/ui/status.ts', 'start-home-tag'],
  ['code only the note page loads', '/app/src/routes/note-page.tsx', null],
  ['code only the practice page loads', '/app/src/routes/practice-page.tsx', null],
  ['code only a dynamic import loads', '/app/src/quiz/quiz.tsx', null],
  ['a route module (an entry)', '/app/src/app/routes/home.tsx?client-route', null],
  ['the client entry', '/app/node_modules/rr/entry.client.tsx', null],
  ['a module in an import cycle under the root', '/app/src/ui/cycle-b.ts', START_CHUNKS.app],
  ['a module the graph does not know', '/app/src/unknown.ts', null],
])('%s goes to %s', (_case, id, expected) => {
  expect(startChunkName(id, ctx, rules)).toBe(expected);
});

test('a chunk for code some landing pages share is named after them', () => {
  expect(sharedStartChunk(['home', 'note'])).toBe('start-home-note');
});

test('the codeSplitting option names modules through the same rule', () => {
  const [group] = startChunkSplitting(rules).groups;
  expect(group?.name('/app/src/ui/tag-text.tsx', ctx)).toBe(START_CHUNKS.app);
  expect(group?.name('/app/src/routes/note-page.tsx', ctx)).toBeNull();
});
