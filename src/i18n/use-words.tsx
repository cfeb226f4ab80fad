import { useContext, type ReactNode } from 'react';
import type { Language } from '../store/language';
import { StaticCopy } from '../ui/static-copy';
import { formatMessage } from './format';
import { messagesIn } from './korean-pack';
import type { Messages } from './types';
import { useT } from './use-t';

// Every interface language, in the order a static copy writes its words.
const LANGUAGES: readonly Language[] = ['en', 'ko'];

/**
 * The words of the interface a component shows, by key: in a static copy, in every language (each a `.ui-words`
 * span with its `lang`; base.css shows the page's own), elsewhere in the reader's. The pre-render draws static
 * copies in its language, and a Korean reader's page draws the live component in Korean in their place: a copy
 * with English words, longer or shorter, had another height (a flow's toolbar 52 px taller on a phone), and what
 * followed moved as the live one replaced it. Catalogues whose Korean is in the pack (not loaded in the
 * pre-render) give English for both.
 */
export function useWords<K extends string>(messages: Messages<K>): (key: K) => ReactNode {
  const t = useT(messages);
  const copy = useContext(StaticCopy);
  if (!copy) return t;
  return (key) => LANGUAGES.map((language) => (
    <span key={language} lang={language} className="ui-words">{formatMessage(messagesIn(messages, language)[key])}</span>
  ));
}
