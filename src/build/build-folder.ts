/** Where React Router builds before the finished site moves to the build's outDir. */
import path from 'node:path';

/**
 * React Router always writes to `<buildDirectory>/client` and `/server`; the build process's own folder
 * under node_modules/.cache keeps two builds running at once (the e2e servers do) apart.
 */
export const REACT_ROUTER_BUILD = path.resolve('node_modules/.cache/examflow', `build-${process.pid}`);

/** The folder React Router writes the browser's files and pre-rendered pages to. */
export const CLIENT_BUILD = path.join(REACT_ROUTER_BUILD, 'client');

/** Where the build writes each note's JSON for the pre-render to read (src/build/note-files.ts). */
export const NOTE_FILES = path.join(REACT_ROUTER_BUILD, 'notes');
