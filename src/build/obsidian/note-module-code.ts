import type { NoteModule } from '../../content/note-module.ts';
import type { RenderedNote } from './render-vault.ts';

/**
 * The code of a note's chunk: its JSON, the files it shows imported as assets (so Vite copies them with
 * hashed names and the HTML gets their URLs). Math is MathML and needs no stylesheet.
 */
export function noteModuleCode(module: NoteModule, rendered: Pick<RenderedNote, 'attachments'>, fileUrl: (file: string) => string): string {
  const json = JSON.stringify(JSON.stringify(module));
  const lines = rendered.attachments.map((file, i) => `import a${i} from ${JSON.stringify(`${fileUrl(file)}?no-inline`)};`);
  if (rendered.attachments.length === 0) return `${lines.join('\n')}\nexport default JSON.parse(${json});\n`;
  // A URL lands in an HTML attribute inside JSON text: percent-encode what either would read as syntax.
  lines.push(
    `const urls = [${rendered.attachments.map((_, i) => `a${i}`).join(', ')}];`,
    `export default JSON.parse(${json}.replace(/__examflow_attachment_(\\d+)__/g, (_, i) => encodeURI(urls[Number(i)]).replace(/&/g, '%26')));`,
  );
  return `${lines.join('\n')}\n`;
}
