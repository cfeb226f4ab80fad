import { useId, useRef, useState } from 'react';
import { settingsMessages } from '../../i18n/messages/settings';
import { useLanguage, useT } from '../../i18n/use-t';
import { parseProgressFile, type ProgressFileData, type ProgressFileError, type ProgressFileSummary } from '../../store/progress-file';
import { progressStore } from '../../store/progress';
import type { WriteOutcome } from '../../store/storage';
import { freeBytes, storedBytes } from '../../store/storage-room';
import { ImportPreview } from './import-preview';

type ImportState =
  | { step: 'idle' }
  | { step: 'preview'; data: ProgressFileData; summary: ProgressFileSummary; characters: number }
  | { step: 'error'; reason: ProgressFileError | 'unreadable' | Exclude<WriteOutcome, 'saved'>; detail: string }
  | { step: 'done'; attempts: number; exams: number };

const REASON_KEYS = {
  'not-json': 'badNotJson',
  'not-progress': 'badNotProgress',
  'newer-version': 'badNewer',
  invalid: 'badInvalid',
  unreadable: 'badUnreadable',
  'no-room': 'noRoom',
  held: 'noSaveHeld',
  failed: 'noSaveFailed',
} as const;

/** Megabytes, one decimal, in the reader's language. */
function megabytes(bytes: number, language: string): string {
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(bytes / 1_000_000)} MB`;
}

/** Imports a progress file: validated whole, previewed, then merged or replacing; a bad file changes nothing. */
export function ImportProgress() {
  const t = useT(settingsMessages);
  const language = useLanguage();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<ImportState>({ step: 'idle' });

  const read = async (file: File) => {
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      setState({ step: 'error', reason: 'unreadable', detail: String(error) });
      return;
    }
    const parsed = parseProgressFile(text);
    setState(parsed.ok ? { step: 'preview', data: parsed.data, summary: parsed.summary, characters: text.length } : { step: 'error', reason: parsed.reason, detail: parsed.message });
  };

  // Checked against the browser's estimate before anything is replaced, then by the write itself:
  // "Imported" is said only of what was saved.
  const apply = async (data: ProgressFileData, characters: number, how: 'merge' | 'replace') => {
    const needed = storedBytes(characters);
    const free = await freeBytes();
    const sizes = { needed: megabytes(needed, language), free: free === null ? '?' : megabytes(free, language) };
    if (free !== null && needed > free) {
      setState({ step: 'error', reason: 'no-room', detail: t('noRoomDetail', sizes) });
      return;
    }
    const store = progressStore.getState();
    const outcome = how === 'merge' ? store.mergeFrom(data) : store.replaceAll(data);
    if (outcome !== 'saved') {
      setState({ step: 'error', reason: outcome, detail: t('noRoomDetail', sizes) });
      return;
    }
    const after = progressStore.getState();
    setState({ step: 'done', attempts: after.attempts.length, exams: after.exams.length });
  };

  return (
    <div className="stack">
      <div className="settings-field">
        <p id={`${id}-help`} className="muted">{t('importHelp')}</p>
        {/* The browser's own file button speaks the browser's language; this one speaks the app's. */}
        <button type="button" className="btn settings-field-action" aria-describedby={`${id}-help`} onClick={() => input.current?.click()}>
          {t('import')}
        </button>
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          hidden
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so choosing the same file again reads it again.
            event.target.value = '';
            if (file) void read(file);
          }}
        />
      </div>
      {state.step === 'preview' && (
        <ImportPreview summary={state.summary} language={language}
          onMerge={() => void apply(state.data, state.characters, 'merge')} onReplace={() => void apply(state.data, state.characters, 'replace')} onCancel={() => setState({ step: 'idle' })} />
      )}
      <div role="status">
        {state.step === 'done' && <p className="settings-ok">{t('imported', { attempts: state.attempts, exams: state.exams })}</p>}
      </div>
      <div role="alert">
        {state.step === 'error' && <p className="settings-error">{t(REASON_KEYS[state.reason], { detail: state.detail })}</p>}
      </div>
    </div>
  );
}
