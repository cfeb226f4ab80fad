import type { NoteModule, NotePartData } from '../../content/note-module.ts';
import { attachmentPlaceholder, type RenderedNote } from './render-vault.ts';

/**
 * The code of a note's chunk: its JSON, the files it shows imported as assets (so Vite copies them with
 * hashed names and the HTML gets their URLs). Math is MathML and needs no stylesheet.
 */
export function noteModuleCode(module: NoteModule, rendered: Pick<RenderedNote, 'attachments'>, fileUrl: (file: string) => string): string {
  return dataModuleCode(JSON.stringify(module), rendered.attachments, fileUrl);
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

function dataModuleCode(jsonText: string, attachments: readonly string[], fileUrl: (file: string) => string): string {
  const json = JSON.stringify(jsonText);
  const lines = attachments.map((file, i) => `import a${i} from ${JSON.stringify(`${fileUrl(file)}?no-inline`)};`);
  if (attachments.length === 0) return `${lines.join('\n')}\nexport default JSON.parse(${json});\n`;
  // A URL lands in an HTML attribute inside JSON text: percent-encode what either would read as syntax.
  lines.push(
    `const urls = [${attachments.map((_, i) => `a${i}`).join(', ')}];`,
    `export default JSON.parse(${json}.replace(/__examflow_attachment_(\\d+)__/g, (_, i) => encodeURI(urls[Number(i)]).replace(/&/g, '%26')));`,
  );
  return `${lines.join('\n')}\n`;
}
