// @vitest-environment jsdom
import { act, useLayoutEffect } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { RevealWhenTranslated } from './reveal-when-translated';
import { useHydrated } from './use-hydrated';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let shown: string | null = null;

/** Notes what the page shows in the commit that reveals it: its layout effect runs right after the reveal's. */
function Probe({ text }: { text: string }) {
  useLayoutEffect(() => {
    if (document.documentElement.dataset.pendingLanguage === undefined) shown ??= text;
  });
  return null;
}

/** A page whose count is drawn once hydrated (home's due link), in the reader's language or the pre-rendered one. */
function Page({ language, reader }: { language: string; reader: string }) {
  const text = useHydrated() ? `${language}: 0 due` : `${language}: due`;
  return (
    <>
      <p>{text}</p>
      <RevealWhenTranslated rendered={language} current={() => reader} />
      <Probe text={text} />
    </>
  );
}

/** Hydrates `app` on a page hidden for its language, and says what the page showed when it was revealed. */
async function shownWhenRevealed(app: React.ReactNode): Promise<string | null> {
  const root = document.documentElement;
  root.dataset.pendingLanguage = 'ko';
  const container = document.createElement('div');
  container.innerHTML = renderToString(app);
  document.body.append(container);
  shown = null;
  const hydrated = await act(async () => hydrateRoot(container, app));
  await act(async () => {});
  act(() => hydrated.unmount());
  container.remove();
  delete root.dataset.pendingLanguage;
  return shown;
}

describe('RevealWhenTranslated', () => {
  test("shows a page drawn in the reader's language only once what waits for hydration is drawn too", async () => {
    expect(await shownWhenRevealed(<Page language="ko" reader="ko" />)).toBe('ko: 0 due');
  });

  test("keeps a page hidden while it is drawn in another language than the reader's", async () => {
    expect(await shownWhenRevealed(<Page language="en" reader="ko" />)).toBeNull();
  });
});
