import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useLocation } from 'react-router';
import { loadPart } from 'virtual:examflow/note-parts';
import { nextTask } from '../../ui/next-task';
import type { PartStore } from './part-store';

/** How many parts are fetched ahead of the one being drawn: enough to hide a request's round trip. */
const AHEAD = 8;
/** The most HTML one task draws: parts already arrived are drawn together up to this, at least one. */
const TASK_BYTES = 48 * 1024;

/** Whether more of a long note's later parts are on their way, or one failed to arrive. */
export interface NoteParts {
  busy: boolean;
  failed: boolean;
}

/**
 * Fills in the later parts of a long note's body that its page does not hold yet. A pre-rendered page holds
 * them all (nothing to do, no part's HTML fetched twice); when the app draws the note itself (a link from
 * another page), the parts are fetched in chunks of several (loadPart starts the next chunk with each) and
 * drawn in order, a task's worth at a time, so input never waits for more than that. The parts go to `store`, which tells each part's reader alone (the body
 * is not drawn again per arrival). A link to a heading in a later part lands there once it is drawn.
 * `parts` are the indices of the note's later parts, in order; `fetches` is false when the body keeps the
 * pre-rendered parts as they are.
 */
export function useNoteParts(slug: string, parts: readonly number[], body: RefObject<HTMLElement | null>, store: PartStore, fetches = true): NoteParts {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const { hash } = useLocation();
  const reached = useRef('');
  const wanted = useRef(hash);
  wanted.current = hash;

  // Only what the app drew: a pre-rendered page's own fragment is the browser's to scroll to.
  const reach = useCallback(() => {
    const target = wanted.current;
    if (!store.hasAny() || !target || reached.current === target) return;
    const element = document.getElementById(decodeURIComponent(target.slice(1)));
    if (!element || !body.current?.contains(element)) return;
    reached.current = target;
    element.scrollIntoView();
  }, [store, body]);

  useEffect(() => {
    // The pre-rendered page holds every part: nothing to look for in its megabytes.
    if (!fetches) return;
    // Every part, in order: the app draws a part only once it has fetched it (a group of blocks waits for its
    // first part, so the page holds no element for most parts yet).
    const missing = parts;
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
        store.add(batch);
        await nextTask();
        reach();
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
  }, [slug, parts, body, store, reach, fetches]);

  useEffect(reach, [hash, reach]);

  return { busy, failed };
}
