import { useEffect, useRef, useState, type RefObject } from 'react';
import { useLocation } from 'react-router';
import { loadPart } from 'virtual:examflow/note-parts';
import { nextTask } from '../../ui/next-task';

/** How many parts are fetched ahead of the one being drawn: enough to hide a request's round trip. */
const AHEAD = 8;
/** The most HTML one task draws: parts already arrived are drawn together up to this, at least one. */
const TASK_BYTES = 48 * 1024;

/** The later parts of a long note the app drew itself, and whether more are on their way. */
export interface NoteParts {
  parts: ReadonlyMap<number, string>;
  busy: boolean;
  failed: boolean;
}

/**
 * Fills in the later parts of a long note's body that its page does not hold yet. A pre-rendered page holds
 * them all (nothing to do, no part's HTML fetched twice); when the app draws the note itself (a link from
 * another page), each part is fetched as its own chunk and drawn in a task of its own, in order, so input
 * never waits for more than one part. A link to a heading in a later part lands there once it is drawn.
 */
export function useNoteParts(slug: string, body: RefObject<HTMLElement | null>): NoteParts {
  const [parts, setParts] = useState<ReadonlyMap<number, string>>(() => new Map());
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const { hash } = useLocation();
  const reached = useRef('');

  useEffect(() => {
    const missing = [...(body.current?.querySelectorAll<HTMLElement>('[data-part]') ?? [])]
      .filter((part) => part.childNodes.length === 0)
      .map((part) => Number(part.dataset.part));
    if (missing.length === 0) return;
    let stopped = false;
    setBusy(true);
    const pending = new Map<number, Promise<string | undefined>>();
    const arrived = new Map<number, string>();
    const fetchPart = (index: number) => {
      if (pending.has(index) || arrived.has(index)) return;
      pending.set(index, loadPart(slug, index).then((html) => {
        arrived.set(index, html ?? '');
        return html;
      }));
    };
    const draw = async () => {
      for (let n = 0; n < missing.length && !stopped; ) {
        for (const index of missing.slice(n, n + AHEAD)) fetchPart(index);
        await pending.get(missing[n] ?? 0);
        if (stopped) return;
        // Every part that has arrived in order, up to a task's worth, is drawn in this task.
        const batch = new Map<number, string>();
        let bytes = 0;
        for (let index = missing[n] ?? 0; n < missing.length && arrived.has(index) && (batch.size === 0 || bytes < TASK_BYTES); index = missing[n] ?? 0) {
          const html = arrived.get(index) ?? '';
          batch.set(index, html);
          bytes += html.length;
          arrived.delete(index);
          pending.delete(index);
          n += 1;
        }
        setParts((drawn) => new Map([...drawn, ...batch]));
        await nextTask();
      }
    };
    draw().then(
      () => !stopped && setBusy(false),
      () => {
        if (stopped) return;
        setBusy(false);
        setFailed(true);
      },
    );
    return () => {
      stopped = true;
    };
  }, [slug, body]);

  useEffect(() => {
    // Only what the app drew: a pre-rendered page's own fragment is the browser's to scroll to.
    if (parts.size === 0 || !hash || reached.current === hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target || !body.current?.contains(target)) return;
    reached.current = hash;
    target.scrollIntoView();
  }, [hash, parts, body]);

  return { parts, busy, failed };
}
