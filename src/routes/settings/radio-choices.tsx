import type { ReactNode } from 'react';
import type { Settings } from '../../store/settings-schema';
import { EARLY_PRESS_ATTRIBUTE } from '../../ui/early-presses';

/** One choice of a {@link RadioChoices} group; `lang` marks a label written in another language than the page. */
export interface Choice<T extends string> {
  value: T;
  label: string;
  lang?: string;
}

interface RadioChoicesProps<T extends string> {
  legend: string;
  /** The settings field the group saves, which a choice made before the app runs is saved under too. */
  name: keyof Settings;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  /** A help paragraph under the choices, read as the group's description. */
  help?: ReactNode;
}

/**
 * A settings group of radio buttons under a legend, each saved as soon as it is chosen: before the app runs
 * too, by the page's early listener (src/ui/early-presses.ts), which the app's start then applies.
 */
export function RadioChoices<T extends string>({ legend, name, choices, value, onChange, help }: RadioChoicesProps<T>) {
  const helpId = `${name}-help`;
  return (
    <fieldset className="settings-choices" aria-describedby={help ? helpId : undefined}>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} lang={choice.lang}>
          <input type="radio" name={name} value={choice.value} checked={value === choice.value} onChange={() => onChange(choice.value)}
            {...{ [EARLY_PRESS_ATTRIBUTE]: 'setting' }} />
          {choice.label}
        </label>
      ))}
      {help && <p id={helpId} className="muted">{help}</p>}
    </fieldset>
  );
}
