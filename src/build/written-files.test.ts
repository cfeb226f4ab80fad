import path from 'node:path';
import { revisionOf } from './precache-manifest.ts';
import { mergeWrittenFiles, noteWrittenFile, noWrittenFiles, sitePath } from './written-files.ts';

const client = path.join('/tmp', 'client');

describe('sitePath', () => {
  test('is the path in the finished site, out of the base the pages are written under', () => {
    expect(sitePath(client, '/', path.join(client, 'notes', 'a.data'))).toBe('notes/a.data');
    expect(sitePath(client, '/examflow/', path.join(client, 'examflow', 'notes', 'a', 'index.html'))).toBe('notes/a/index.html');
    expect(sitePath(client, '/examflow/', path.join(client, 'examflow', '_root.data'))).toBe('_root.data');
  });

  test('is null outside the base', () => {
    expect(sitePath(client, '/examflow/', path.join(client, 'other', 'a.data'))).toBeNull();
    expect(sitePath(client, '/', path.join('/tmp', 'elsewhere.data'))).toBeNull();
  });
});

describe('noteWrittenFile', () => {
  const finishedPage = '<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="x"/></head><body></body></html>';

  test('keeps the revision the service worker would hash from a precached file\'s bytes', () => {
    const written = noWrittenFiles();
    const bytes = new TextEncoder().encode('[{"_1":2},"Grüße"]');
    noteWrittenFile(written, client, '/base/', path.join(client, 'base', 'notes', 'a.data'), bytes);
    noteWrittenFile(written, client, '/base/', path.join(client, 'base', 'notes', 'b.data'), '[{"_1":2},"Grüße"]');
    expect(written.revisions.get('notes/a.data')).toBe(revisionOf('notes/a.data', bytes));
    expect(written.revisions.get('notes/b.data')).toBe(revisionOf('notes/a.data', bytes));
  });

  test('keeps no revision for a page, which is not precached, but notes whether it is finished', () => {
    const written = noWrittenFiles();
    noteWrittenFile(written, client, '/', path.join(client, 'notes', 'a', 'index.html'), new TextEncoder().encode(finishedPage));
    noteWrittenFile(written, client, '/', path.join(client, 'old', 'index.html'), '<!doctype html>\n<head>\n<title>Redirecting</title>');
    expect([...written.revisions]).toEqual([]);
    expect([...written.finished]).toEqual(['notes/a/index.html']);
  });

  test('merges what several threads wrote', () => {
    const one = noWrittenFiles();
    const two = noWrittenFiles();
    noteWrittenFile(one, client, '/', path.join(client, 'a.data'), 'a');
    noteWrittenFile(two, client, '/', path.join(client, 'b.data'), 'b');
    noteWrittenFile(two, client, '/', path.join(client, 'b', 'index.html'), finishedPage);
    const all = mergeWrittenFiles([one, two]);
    expect([...all.revisions.keys()].sort()).toEqual(['a.data', 'b.data']);
    expect([...all.finished]).toEqual(['b/index.html']);
  });
});
