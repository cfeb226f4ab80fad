/** The id of the inert <template> that holds a built page's app start until the page has painted. */
export const APP_START_ID = 'app-start';

/**
 * Starts the app that a built page keeps in its inert `<template id="app-start">` (see
 * src/build/defer-app-start.ts): its modulepreloads go into <head>, so their downloads begin, and its module
 * script (React Router's route imports and entry) is written anew into <body>, where it runs. The script's
 * text is the template's, so the page's CSP hash of it allows it.
 */
export function startApp(doc: Document, templateId: string): void {
  const template = doc.getElementById(templateId);
  if (!(template instanceof HTMLTemplateElement)) return;
  for (const link of Array.from(template.content.querySelectorAll('link'))) doc.head.appendChild(doc.importNode(link, true));
  for (const inert of Array.from(template.content.querySelectorAll('script'))) {
    const script = doc.createElement('script');
    script.type = inert.type;
    script.textContent = inert.textContent;
    doc.body.appendChild(script);
  }
}
