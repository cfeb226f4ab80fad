/**
 * The progress store: every attempt, every finished exam, flags, and the sessions in progress (one
 * practice, one exam), persisted in localStorage as `examflow-progress` (version 4), validated on
 * every read, merged across tabs, never pruned of questions the vault no longer has.
 */
import { useStore } from 'zustand';
import { persist, type PersistStorage } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { Session } from '../quiz/session';
import type { QuizHistory, QuizMode } from '../quiz/types';
import { toKeyedRecord, withKey } from '../quiz/keyed-record';
import { migrateProgress, PROGRESS_VERSION } from './migrations';
import { closeSession, mergeImported, unionById } from './progress-merge';
import type { ProgressFileData } from './progress-file';
import { emptyProgress, salvageProgress, type Attempt, type ExamRecord, type ProgressData, type QuestionPrint } from './progress-schema';
import { syncAcrossTabs, type StorageEvents } from './progress-sync';
import { browserVault, type BackupVault } from './backup-vault';
import { createGuardedStorage, type StorageProblem, type WriteOutcome } from './storage';
import { announceProgressSaved, announceProgressStoreLoaded, PROGRESS_KEY } from './progress-key.ts';

/** An attempt to record; id and time are filled in when missing; the question's print is remembered apart. */
export type AttemptInput = Omit<Attempt, 'id' | 'at'> & { id?: string; at?: string; print?: QuestionPrint };

/** A finished exam to record; id and time are filled in when missing. */
export type ExamInput = Omit<ExamRecord, 'id' | 'at'> & { id?: string; at?: string };

/** What the progress store holds and does. */
export interface ProgressState extends ProgressData {
  /** Set when storage could not be read or written; the app explains it and offers the backup. */
  storageProblem: StorageProblem | null;
  recordAttempt: (input: AttemptInput) => Attempt;
  recordExam: (input: ExamInput) => ExamRecord;
  /** Marks a recorded attempt as guessed or not, stamping `updatedAt` so other tabs keep the change. */
  setGuessed: (attemptId: string, guessed: boolean) => void;
  toggleFlag: (questionId: string) => void;
  /** Saves a session in progress in the slot of its mode; a closed session is not brought back. */
  saveSession: (session: Session) => void;
  /** Closes the session of a mode (finished or abandoned). */
  clearSession: (mode: QuizMode) => void;
  /**
   * Replaces attempts, exams and flags with a file's (a new epoch, so other tabs follow). Written
   * first, kept in memory only when the write went through: an import that does not fit changes nothing.
   */
  replaceAll: (data: ProgressFileData) => WriteOutcome;
  /** Adds a file's attempts, exams and flags to what is there, on the same terms as `replaceAll`. */
  mergeFrom: (data: ProgressFileData) => WriteOutcome;
  /** Forgets all progress (a new epoch, so other tabs follow). */
  reset: () => void;
  dismissStorageProblem: () => void;
  /** Lets go of an unreadable saved value that saving was held back for, and saves what is here now. */
  discardUnreadable: () => void;
}

/** Where the store keeps its data and how it tells time; tests pass fakes. */
export interface ProgressStoreOptions {
  name?: string;
  getStorage?: () => Storage;
  /** Where `storage` events of other tabs arrive; null to not listen. */
  events?: StorageEvents | null;
  now?: () => number;
  newId?: () => string;
  /** Where an unreadable value goes when localStorage has no room for its copy (IndexedDB by default). */
  vault?: BackupVault | null;
}

/** The key progress is saved under. */
export { PROGRESS_KEY };

/** The persisted part of the state. */
export function progressData(state: ProgressData): ProgressData {
  const { attempts, exams, flags, sessions, closedSessions, epoch, prints } = state;
  return { attempts, exams, flags, sessions, closedSessions, epoch, prints };
}

/** Question ids flagged now. */
export function flaggedIds(state: Pick<ProgressData, 'flags'>): string[] {
  return Object.keys(state.flags).filter((id) => Object.hasOwn(state.flags, id) && state.flags[id]?.flagged === true);
}

/** The history the quiz engine's selection reads. */
export function progressHistory(state: Pick<ProgressData, 'attempts' | 'flags'>): QuizHistory {
  return { attempts: state.attempts, flagged: flaggedIds(state) };
}

/** Creates a progress store (the app uses `progressStore`; tests make their own with fakes). */
export function createProgressStore(options: ProgressStoreOptions = {}) {
  const name = options.name ?? PROGRESS_KEY;
  const now = options.now ?? Date.now;
  const newId = options.newId ?? defaultId;
  const iso = () => new Date(now()).toISOString();
  let ready = false;
  let pending: StorageProblem | null = null;
  let hydrationProblem: Pick<StorageProblem, 'kind' | 'detail'> | null = null;

  const setProblem = (problem: StorageProblem | null) => {
    if (!ready) {
      pending = problem;
      return;
    }
    const current = store.getState().storageProblem;
    // Reporting the same problem again would write again, fail again, and loop.
    if (current?.kind === problem?.kind && current?.held === problem?.held && current?.backupKey === problem?.backupKey) return;
    store.setState({ storageProblem: problem });
  };
  const guarded = createGuardedStorage({
    getStorage: options.getStorage ?? (() => globalThis.localStorage),
    onProblem: setProblem,
    onWriteOk: () => {
      const kind = ready ? store.getState().storageProblem?.kind : undefined;
      if (kind === 'quota' || kind === 'write-failed') setProblem(null);
    },
    vault: options.vault === undefined ? browserVault : options.vault,
    now,
  });

  const commit = (next: Partial<ProgressData>): WriteOutcome => {
    const outcome = guarded.tryWrite(name, { state: progressData({ ...store.getState(), ...next }), version: PROGRESS_VERSION });
    if (outcome === 'saved') store.setState(next);
    return outcome;
  };

  const store = createStore<ProgressState>()(
    persist<ProgressState, [], [], ProgressData>(
      (set, get) => ({
        ...emptyProgress(),
        storageProblem: null,
        recordAttempt: (input) => {
          const { print, ...fields } = input;
          const attempt: Attempt = { ...fields, id: input.id ?? newId(), at: input.at ?? iso() };
          const prints = print === undefined ? get().prints : withKey(get().prints, attempt.questionId, print);
          set({ attempts: [...get().attempts, attempt], prints });
          return attempt;
        },
        recordExam: (input) => {
          const exam: ExamRecord = { ...input, id: input.id ?? newId(), at: input.at ?? iso() };
          set({ exams: [...get().exams, exam] });
          return exam;
        },
        setGuessed: (attemptId, guessed) => {
          const { attempts } = get();
          // An unchanged mark is not a change: stamping it would only make other tabs write again.
          if (!attempts.some((attempt) => attempt.id === attemptId && (attempt.guessed === true) !== guessed)) return;
          const updatedAt = iso();
          set({ attempts: attempts.map((attempt) => (attempt.id === attemptId ? { ...attempt, guessed, updatedAt } : attempt)) });
        },
        toggleFlag: (questionId) => {
          const flagged = !get().flags[questionId]?.flagged;
          set({ flags: withKey(get().flags, questionId, { flagged, at: iso() }) });
        },
        saveSession: (session) => {
          if (get().closedSessions.some((closed) => closed.id === session.id)) return;
          set({ sessions: { ...get().sessions, [session.mode]: session } });
        },
        clearSession: (mode) => {
          const session = get().sessions[mode];
          if (!session) return;
          set({ sessions: { ...get().sessions, [mode]: null }, closedSessions: closeSession(get().closedSessions, session.id, iso()) });
        },
        replaceAll: (data) =>
          commit({ attempts: unionById(data.attempts), exams: unionById(data.exams), flags: toKeyedRecord(data.flags), epoch: { id: newId(), at: iso() } }),
        mergeFrom: (data) => commit(mergeImported(progressData(get()), data)),
        reset: () => set(emptyProgress({ id: newId(), at: iso() })),
        dismissStorageProblem: () => {
          // While the original is held, the notice is the only way to download or discard it.
          if (guarded.isHeld(name)) return;
          set({ storageProblem: null });
        },
        discardUnreadable: () => {
          guarded.discard(name);
          set({ storageProblem: null });
        },
      }),
      {
        name,
        version: PROGRESS_VERSION,
        // The guarded storage hands back unvalidated state; `merge` below validates it.
        storage: guarded as unknown as PersistStorage<ProgressData>,
        partialize: progressData,
        migrate: (persisted, version) => {
          const { state, newer } = migrateProgress(persisted, version);
          if (newer) hydrationProblem = { kind: 'newer-version', detail: `saved by a newer version (${version})` };
          return state as ProgressData;
        },
        merge: (persisted, current) => {
          if (persisted === undefined) return current;
          const { data, dropped } = salvageProgress(persisted);
          const problem = hydrationProblem ?? (dropped > 0 ? { kind: 'invalid' as const, detail: `${dropped} unreadable part(s) dropped` } : null);
          hydrationProblem = null;
          if (problem) guarded.backUp(name, guarded.lastRaw() ?? JSON.stringify(persisted), problem.kind, problem.detail);
          return { ...current, ...data };
        },
      },
    ),
  );
  ready = true;
  if (pending) store.setState({ storageProblem: pending });
  const events = options.events === undefined ? (typeof window === 'undefined' ? null : window) : options.events;
  const stopSync = events
    ? syncAcrossTabs(events, name, () => progressData(store.getState()), (merged) => store.setState(merged))
    : () => {};
  return Object.assign(store, { stopSync });
}

/** A progress store: zustand's store API with `persist`, plus `stopSync()` to stop following other tabs. */
export type ProgressStore = ReturnType<typeof createProgressStore>;

/** The progress store the app uses. */
export const progressStore: ProgressStore = createProgressStore();
// The frame shows the due badge once anything is saved, without loading this store to find out.
progressStore.subscribe(announceProgressSaved);
announceProgressStoreLoaded();

/**
 * Reads the progress store from React, re-rendering when the selected value changes. The selector
 * must return a stored value or a primitive; for a derived list (e.g. `flaggedIds`) wrap it in
 * zustand's `useShallow`, or React re-renders without end.
 */
export function useProgress<T>(selector: (state: ProgressState) => T): T {
  return useStore(progressStore, selector);
}

function defaultId(): string {
  const cryptoApi = globalThis.crypto;
  if (cryptoApi?.randomUUID) return cryptoApi.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
