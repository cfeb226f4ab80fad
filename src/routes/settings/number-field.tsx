import { useEffect, useId, useState } from 'react';
import { EARLY_PRESS_ATTRIBUTE } from '../../ui/early-presses';

interface NumberFieldProps {
  /** The setting the field edits: a number typed before the app runs is saved under it (src/ui/early-presses.ts). */
  name: string;
  label: string;
  value: number;
  min: number;
  max: number;
  /** The message shown while the entry is not a whole number in range. */
  invalidMessage: string;
  onValid: (value: number) => void;
}

/** Reads a whole number in [min, max]; returns null for anything else. */
export function readWholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

/**
 * A whole-number input that saves every valid entry at once and, while the entry is invalid,
 * says why and keeps the last valid value saved.
 */
export function NumberField({ name, label, value, min, max, invalidMessage, onValid }: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  const valid = readWholeNumber(draft, min, max) !== null;

  useEffect(() => {
    // Follow changes made elsewhere (restore defaults, another tab) unless the entry already says so.
    setDraft((current) => (readWholeNumber(current, min, max) === value ? current : String(value)));
  }, [value, min, max]);

  return (
    <div className="settings-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        name={name}
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={draft}
        aria-invalid={!valid}
        aria-describedby={valid ? undefined : `${id}-error`}
        {...{ [EARLY_PRESS_ATTRIBUTE]: 'setting' }}
        onChange={(event) => {
          setDraft(event.target.value);
          const next = readWholeNumber(event.target.value, min, max);
          if (next !== null) onValid(next);
        }}
      />
      {!valid && <p id={`${id}-error`} className="settings-error">{invalidMessage}</p>}
    </div>
  );
}
