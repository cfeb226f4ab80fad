/** The id of the inert <template> that holds a built page's app start until the page has painted. */
export const APP_START_ID = 'app-start';

/**
 * Starts the app that a built page keeps in its inert `<template id="app-start">` (see
 * src/build/defer-app-start.ts): its modulepreloads go into <head>, so their downloads begin, and its module
 * script (React Router's route imports and entry) is written anew into <body>, where it runs. The script's
 * text is the template's, so the page's CSP hash of it allows it.
 *
 * The preloads go in a few at a time, one batch per task (`later`), and the script with the last batch:
 * each preload asks the browser for a download, and a note's practice has ~30 of them, which in one task were
 * its longest task after the first paint (9 ms of CPU on this machine, under Lighthouse's trace). A page with
 * a batch or less of them starts in the calling task, as before. Self-contained, as it is inlined into pages.
 */
export function startApp(doc: Document, templateId: string, later: (work: () => void) => void = (work) => setTimeout(work, 0)): void {
  const batch = 8;
  const template = doc.getElementById(templateId);
  if (!(template instanceof HTMLTemplateElement)) return;
  const links = Array.from(template.content.querySelectorAll('link'));
  const insert = (from: number): void => {
    for (const link of links.slice(from, from + batch)) doc.head.appendChild(doc.importNode(link, true));
    if (from + batch < links.length) {
      later(() => insert(from + batch));
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
