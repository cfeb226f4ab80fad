// @vitest-environment jsdom
import { noteHasStarted, noteIsWhole } from './note-whole';

describe('what the big-note bench waits for', () => {
  test.each([
    ['its last heading there, the body not busy', '<div class="note-body"><h2 id="the-end">The end</h2></div>', true],
    ['its last heading there, the body still busy', '<div class="note-body" aria-busy="true"><h2 id="the-end">The end</h2></div>', false],
    ['the body not busy, its last heading not there yet', '<div class="note-body"><h2 id="part-1">Part 1</h2></div>', false],
  ])('whole when %s: %s', (_name, html, whole) => {
    document.body.innerHTML = html;
    expect(noteIsWhole('the-end')).toBe(whole);
  });

  test.each([
    ['its first paragraph there', '<main><p>Menu</p><div class="note-body"><h1>Big</h1><p>First line.</p><p>Second.</p></div></main>', true],
    ['another note', '<div class="note-body"><p>Another note.</p></div>', false],
    ['no note yet', '<main><p>First line.</p></main>', false],
  ])('started with %s: %s', (_name, html, started) => {
    document.body.innerHTML = html;
    expect(noteHasStarted('First line.')).toBe(started);
  });
});
