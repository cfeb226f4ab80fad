/** The id of the inert <template> that holds a built page's app start until the page has painted. */
export const APP_START_ID = 'app-start';

/**
 * Starts the app that a built page keeps in its inert `<template id="app-start">` (see
 * src/build/defer-app-start.ts): its modulepreloads go into <head>, so their downloads begin, and its module
 * script (React Router's route imports and entry) is written anew into <body>, where it runs. The script's
 * text is the template's, so the page's CSP hash of it allows it.
 *
 * The preloads go in over a few tasks, each asking for as many as fit `budget` ms (at least one), and the script
 * with the last of them: each preload asks the browser for a download, about a millisecond each on this machine
 * under Lighthouse's trace, and a note's practice has ~30. All in one task, that was its longest task after the
 * first paint; eight per task still made tasks of 13–32 ms there, which Lantern's phone (4× slower) counts as
 * blocking. A budget of time rather than a count keeps each task short on a slow or busy phone too. A page whose
 * preloads fit the budget starts in the calling task, as before. Self-contained, as it is inlined into pages.
 */
export function startApp(
  doc: Document,
  templateId: string,
  later: (work: () => void) => void = (work) => setTimeout(work, 0),
  now: () => number = () => performance.now(),
  budget = 5,
): void {
  const template = doc.getElementById(templateId);
  if (!(template instanceof HTMLTemplateElement)) return;
  const links = Array.from(template.content.querySelectorAll('link'));
  const insert = (from: number): void => {
    const began = now();
    let next = from;
    while (next < links.length && (next === from || now() - began < budget)) doc.head.appendChild(doc.importNode(links[next++]!, true));
    if (next < links.length) {
      later(() => insert(next));
      return;
    }
    for (const inert of Array.from(template.content.querySelectorAll('script'))) {
      const script = doc.createElement('script');
      script.type = inert.type;
      script.textContent = inert.textContent;
      doc.body.appendChild(script);
    }
  };
  insert(0);
}
