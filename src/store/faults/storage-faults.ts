/**
 * Faults of one tab's storage: a full quota at every write (once, or from then on), a crash (the
 * page closed) between any two writes, and a corrupt saved value of every size and shape.
 */
import { exportProgress } from '../progress-file';
import { PROGRESS_KEY, type ProgressStore } from '../progress';
import { salvageProgress } from '../progress-schema';
import { listBackups, readEnvelope } from '../storage';
import { emptyFigure, countRecovered, type FaultFigure } from './fault-figure';
import { answerOf, attemptIds, FaultBrowser } from './fault-world';
import { runStudy } from './study-script';

/** What the app gives back of a tab: storage after a reload, and while it warns, the export it offers. */
function giveBack(browser: FaultBrowser, store: ProgressStore): Set<string> {
  const found = attemptIds(FaultBrowser.restored(browser.data).open(null));
  const missing = store.getState().attempts.some((attempt) => !found.has(attempt.id));
  if (missing && store.getState().storageProblem === null) throw new Error('answers missing from storage with no warning shown');
  if (store.getState().storageProblem) for (const attempt of exportProgress(store.getState()).attempts) found.add(attempt.id);
  return found;
}

/** Makes the k-th write fail, for every k, once and for good. */
export function quotaAtEveryWrite(): FaultFigure {
  const figure = emptyFigure();
  const clean = new FaultBrowser();
  runStudy(clean.open());
  for (let k = 1; k <= clean.writes; k += 1) {
    for (const plan of [{ failAt: k }, { failFrom: k }]) {
      const browser = new FaultBrowser(plan);
      const store = browser.open();
      const written = new Set<string>();
      figure.actions += runStudy(store, (id) => written.add(id));
      countRecovered(figure, written, giveBack(browser, store));
    }
  }
  return figure;
}

/** Closes the page after every write and opens it again on what storage held then. */
export function crashBetweenWrites(): FaultFigure {
  const figure = emptyFigure();
  const snapshots: ReadonlyMap<string, string>[] = [new Map()];
  const browser = new FaultBrowser({ onWrite: (data) => snapshots.push(data) });
  const answered: { id: string; at: number }[] = [];
  figure.actions += runStudy(browser.open(), (id) => answered.push({ id, at: snapshots.length - 1 }));
  snapshots.forEach((data, index) => {
    const written = new Set(answered.filter((answer) => answer.at <= index).map((answer) => answer.id));
    figure.actions += 1;
    countRecovered(figure, written, attemptIds(FaultBrowser.restored(data).open(null)));
  });
  return figure;
}

/** Saved values of every shape: the good value cut at many sizes, wrong types, newer versions, huge junk. */
export function corruptValues(good: string): string[] {
  const cuts = new Set<number>();
  const step = Math.max(1, Math.floor(good.length / 150));
  for (let size = 0; size < good.length; size += step) cuts.add(size);
  const state = JSON.parse(good).state;
  return [
    ...[...cuts].map((size) => good.slice(0, size)),
    'null', '""', '42', '[]', '{}', 'undefined', '\u0000\uffff', '{"state":null}', '{"state":[]}', '{"state":{},"version":"2"}',
    JSON.stringify({ state: { ...state, attempts: 'x' }, version: 2 }),
    JSON.stringify({ state: { ...state, flags: [1, 2] }, version: 2 }),
    JSON.stringify({ state, version: 99 }),
    JSON.stringify({ state, version: -1 }),
    ...[1_000, 20_000].map((size) => `{"state":${'x'.repeat(size)}`),
  ];
}

/** Every corrupt value under the progress key, with room for its copy or none, with IndexedDB or none. */
export async function corruptAtEverySize(): Promise<FaultFigure> {
  const figure = emptyFigure();
  const seed = new FaultBrowser();
  runStudy(seed.open());
  for (const raw of corruptValues(seed.data.get(PROGRESS_KEY)!)) {
    for (const [tight, withVault] of [[false, true], [true, true], [true, false]] as const) {
      const browser = new FaultBrowser();
      browser.data.set(PROGRESS_KEY, raw);
      if (tight) browser.quota = raw.length + PROGRESS_KEY.length + 2_000;
      const store = browser.open(withVault ? browser.vault : null);
      const readable = readEnvelope(raw);
      const before = readable.ok ? salvageProgress(readable.value.state).data.attempts.map((attempt) => attempt.id) : [];
      const written = new Set([...before, store.getState().recordAttempt(answerOf('after-corruption')).id]);
      figure.actions += 1;
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (store.getState().storageProblem && !keptSomewhere(browser, raw)) throw new Error(`unreadable value lost: ${raw.slice(0, 40)}`);
      countRecovered(figure, written, giveBack(browser, store));
    }
  }
  return figure;
}

function keptSomewhere(browser: FaultBrowser, raw: string): boolean {
  if (browser.data.get(PROGRESS_KEY) === raw) return true;
  const local = listBackups(browser.tab().storage, PROGRESS_KEY).some((key) => browser.data.get(key) === raw);
  return local || [...browser.vault.data.values()].includes(raw);
}
