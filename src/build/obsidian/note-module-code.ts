import type { NoteModule, NotePartData } from '../../content/note-module.ts';
import { attachmentPlaceholder, type RenderedNote } from './render-vault.ts';

/**
 * The code of a note's chunk: a function that parses its JSON, with the files it shows imported as assets
 * (so Vite copies them with hashed names and the HTML gets their URLs). Math is MathML and needs no
 * stylesheet. Only the pre-render loads these chunks, and a loaded module is never unloaded: a parsed note
 * as its export would keep every note of the vault in memory by the last page, a function keeps its text.
 */
export function noteModuleCode(module: NoteModule, rendered: Pick<RenderedNote, 'attachments'>, fileUrl: (file: string) => string): string {
  return dataModuleCode(JSON.stringify(module), rendered.attachments, fileUrl, { lazy: true });
}

/** The code of a chunk holding several notes' JSON texts, whose attachment placeholders each count from 0. */
export function packModuleCode(parts: readonly { json: string; attachments: readonly string[] }[], fileUrl: (file: string) => string): string {
  const attachments: string[] = [];
  const texts = parts.map((part) => {
    const offset = attachments.length;
    attachments.push(...part.attachments);
    return offset === 0 ? part.json : part.json.replace(/__examflow_attachment_(\d+)__/g, (_, i: string) => attachmentPlaceholder(offset + Number(i)));
  });
  return dataModuleCode(`[${texts.join(',')}]`, attachments, fileUrl);
}

/** The code of one later part of a long note: its HTML and widgets' data, with the note's attachment URLs in place. */
export function partModuleCode(part: NotePartData, rendered: Pick<RenderedNote, 'attachments'>, fileUrl: (file: string) => string): string {
  return dataModuleCode(JSON.stringify(part), rendered.attachments, fileUrl);
}

/** Module code whose default export is the parsed JSON text, or with `lazy` a function that parses it on each call. */
function dataModuleCode(jsonText: string, attachments: readonly string[], fileUrl: (file: string) => string, { lazy = false } = {}): string {
  const json = JSON.stringify(jsonText);
  const lines = attachments.map((file, i) => `import a${i} from ${JSON.stringify(`${fileUrl(file)}?no-inline`)};`);
  const exported = lazy ? 'export default () => ' : 'export default ';
  if (attachments.length === 0) return `${lines.join('\n')}\n${exported}JSON.parse(${json});\n`;
  // A URL lands in an HTML attribute inside JSON text: percent-encode what either would read as syntax.
  lines.push(
    `const urls = [${attachments.map((_, i) => `a${i}`).join(', ')}];`,
    `${exported}JSON.parse(${json}.replace(/__examflow_attachment_(\\d+)__/g, (_, i) => encodeURI(urls[Number(i)]).replace(/&/g, '%26')));`,
  );
  return `${lines.join('\n')}\n`;
}
