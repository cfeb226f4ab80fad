import { chunkFileName, MAX_CHUNK_NAME_BYTES } from './chunk-names.ts';

const bytes = (text: string) => new TextEncoder().encode(text).length;

test.each([
  ['a short name', 'index', 'assets/index-[hash].js'],
  ['a 252-byte Korean note slug', '가'.repeat(84), null],
  ['a long ASCII name', 'x'.repeat(300), null],
])('%s gives a file name the file system takes', (_case, name, expected) => {
  const file = chunkFileName({ name });
  if (expected !== null) expect(file).toBe(expected);
  const base = file.slice('assets/'.length).replace('[hash]', 'AbCdEf12');
  expect(bytes(base)).toBeLessThanOrEqual(MAX_CHUNK_NAME_BYTES + '-AbCdEf12.js'.length);
  expect(bytes(base)).toBeLessThan(255);
});
