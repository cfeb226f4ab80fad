/**
 * Obsidian's template conventions: which files of a vault are templates (study content's blueprint, never
 * study content). Pure: the vault reader hands in the config files' text and each note's path and text.
 */

/** Why a file is not study content. */
export type SkipReason = 'templates-folder' | 'template-variables' | 'template-placeholders';

/** Folder names that hold templates by convention when the vault names no templates folder. */
const CONVENTIONAL = /^_?(?:templates?|템플릿)$/iu;
// Core Templates ({{title}}, {{date:YYYY-MM-DD}}) and Templater (<% tp.file.title %>) variables.
const VARIABLE = /\{\{\s*(?:title|date|time)(?:\s*:[^}\n]*)?\s*\}\}|<%[-_*]?\s*tp\.[\s\S]*?%>/i;
// A name that says what the file is: "Daily Template", "neurons-template-v7", "회의 템플릿".
const NAMED_TEMPLATE = /(?:^|[^\p{L}])(?:templates?|템플릿)(?:[^\p{L}]|$)/iu;
// A line that is nothing but a fill-in blank: "[선택지 1]", "- A) [선택지 1]", "**정답: [정답 옵션]**".
const BLANK = /\[(?![ xX]\])(?!\^)[^\][\n]{2,}\](?![(:[])/u;
const LABEL_PREFIX = /^(?:[-*+]\s+|\d+[.)]\s+|>\s*)*(?:\(?[A-Fa-f][).:]\s*)?(?:\*\*[^*\n]{0,20}\*\*\s*[:：]?\s*)?/u;

/** The folders named as template folders in `.obsidian/templates.json` and Templater's settings, else null. */
export function configuredTemplateFolders(configs: (string | null)[]): string[] | null {
  const folders: string[] = [];
  for (const text of configs) {
    if (text === null) continue;
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value !== 'object' || value === null) continue;
      const record = value as Record<string, unknown>;
      for (const key of ['folder', 'templates_folder']) {
        const folder = record[key];
        if (typeof folder === 'string' && folder.trim() !== '') folders.push(trimSlashes(folder.trim()));
      }
    } catch {
      // A broken config file names no folder; the convention below still applies.
    }
  }
  return folders.length > 0 ? folders : null;
}

/** Whether a vault path (forward slashes) lies in a template folder: the configured ones, else any `templates/`. */
export function inTemplateFolder(file: string, folders: string[] | null): boolean {
  const dirs = file.split('/').slice(0, -1);
  if (folders === null) return dirs.some((dir) => CONVENTIONAL.test(dir.normalize('NFC')));
  const dir = dirs.join('/').normalize('NFC').toLowerCase();
  return folders.some((folder) => {
    const wanted = folder.normalize('NFC').toLowerCase();
    return dir === wanted || dir.startsWith(`${wanted}/`);
  });
}

/**
 * Whether a note's text shows it is a template kept outside the templates folder: it uses template
 * variables, or it is a form of fill-in blanks ("[선택지 1]") that its name calls a template or whose
 * options are themselves blanks.
 */
export function templateByContent(file: string, markdown: string): SkipReason | null {
  if (VARIABLE.test(markdown)) return 'template-variables';
  const blanks = proseLines(markdown).filter(isBlankLine);
  if (blanks.length < 3) return null;
  const name = (file.split('/').pop() ?? file).replace(/\.(md|markdown)$/i, '');
  const blankOptions = blanks.filter((line) => /^\s*(?:[-*+]\s+)?\(?[A-F][).:]/u.test(line)).length;
  return NAMED_TEMPLATE.test(name) || blankOptions >= 2 ? 'template-placeholders' : null;
}

/** Why a vault file is not study content, or null when it is a note. */
export function skipReason(file: string, markdown: string, folders: string[] | null): SkipReason | null {
  return inTemplateFolder(file, folders) ? 'templates-folder' : templateByContent(file, markdown);
}

function isBlankLine(line: string): boolean {
  const rest = line.trim().replace(LABEL_PREFIX, '');
  const match = rest.match(BLANK);
  // The blank must be the whole line after its label (a trailing ")" or "**" closes what the label opened).
  return match !== null && match.index === 0 && /^[\s*_)]*$/u.test(rest.slice(match[0].length));
}

// Code blocks draw boxes as "[S3]"; only prose lines can be blanks of a form.
function proseLines(markdown: string): string[] {
  let fence: string | null = null;
  return markdown.split('\n').filter((line) => {
    const mark = line.match(/^\s*(`{3,}|~{3,})/)?.[1];
    if (mark !== undefined && (fence === null || mark.startsWith(fence))) {
      fence = fence === null ? mark : null;
      return false;
    }
    return fence === null;
  });
}

function trimSlashes(folder: string): string {
  return folder.replace(/\\/g, '/').replace(/^\/+|\/+$/g, '');
}
