/**
 * What makes a pre-rendered page final, as each page is rendered: its app deferred until the first paint (or, on
 * home, the reader's intent) and its Content-Security-Policy. The scripts are made once per build
 * (src/build/page-finish-plugin.ts); what runs per page is only string work, so the server bundle does it in every
 * pre-render thread as it renders, instead of a pass over the written site that reads and writes every page again.
 */
import { withContentSecurityPolicy } from './csp.ts';
import { APP_START_ID } from '../app/start-app.ts';

/** The two inline scripts a page can get: `home` on the site's home page, `page` on every other. */
export interface StartScripts {
  page: string;
  home: string;
}

const MODULE_PRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*>/g;
const MODULE_SCRIPT = /<script\b[^>]*\btype="module"[^>]*>[\s\S]*?<\/script>/;

/**
 * `html` with React Router's modulepreloads and module script moved, as written, into an inert `<template>` where
 * the module script stood, followed by `script`, which starts them (src/build/defer-app-start.ts). A page with no
 * module script is returned as it is.
 */
export function deferAppStartWith(html: string, script: string): string {
  const moduleScript = MODULE_SCRIPT.exec(html)?.[0];
  if (!moduleScript) return html;
  const preloads = html.match(MODULE_PRELOAD) ?? [];
  const template = `<template id="${APP_START_ID}">${preloads.join('')}${moduleScript}</template><script>${script}</script>`;
  return html.replace(MODULE_PRELOAD, '').replace(moduleScript, () => template);
}

/** Whether a document request for `pathname` is the home page of a site served under `base`. */
export function isHomePath(pathname: string, base: string): boolean {
  return pathname === `${base}/`.replace(/\/\/+/g, '/');
}

/** The page as it is published: its app deferred and its policy first in `<head>`. */
export function finishPage(html: string, scripts: StartScripts, home: boolean): string {
  return withContentSecurityPolicy(deferAppStartWith(html, home ? scripts.home : scripts.page));
}

/** Whether a page is finished already: its policy is the first thing in its `<head>` (withContentSecurityPolicy). */
export function isFinishedPage(start: string): boolean {
  return /<head><meta http-equiv="Content-Security-Policy"/i.test(start);
}
