/** A Mermaid pie chart: its title, whether to show the raw values, and its slices in the order written. */
export interface Pie {
  title: string | null;
  showData: boolean;
  slices: { label: string; value: number }[];
}

/** A pie read from its source, or why it could not be (the block is then shown as written). */
export type PieResult = { ok: true; pie: Pie } | { ok: false; reason: string };

const HEADER = /^pie(\s+showData)?(?:\s+title\s+(.+))?$/i;
const SLICE = /^"([^"]*)"\s*:\s*([+]?(?:\d+\.?\d*|\.\d+))\s*$/;
// Lines Mermaid reads as the chart's accessible title and description: no slice, no error.
const ACCESSIBILITY = /^acc(Title|Descr)\b/;

/**
 * Reads Mermaid's pie syntax (`pie [showData] [title …]`, an optional `title …` line, then `"label" : value`
 * lines). Any other line, a negative value or a chart whose values add up to nothing is refused, since a
 * chart drawn from half its lines would mislead the reader.
 */
export function parsePie(text: string): PieResult {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('%%'));
  const header = HEADER.exec(lines[0] ?? '');
  if (!header) return { ok: false, reason: 'the first line is not "pie"' };
  const pie: Pie = { title: header[2]?.trim() ?? null, showData: Boolean(header[1]), slices: [] };
  for (const line of lines.slice(1)) {
    if (ACCESSIBILITY.test(line)) continue;
    const title = /^title\s+(.+)$/i.exec(line);
    const slice = SLICE.exec(line);
    if (title) pie.title = title[1]!.trim();
    else if (slice) pie.slices.push({ label: slice[1]!, value: Number(slice[2]) });
    else return { ok: false, reason: `"${line}" is not a slice ("label" : value)` };
  }
  if (!pie.slices.some((slice) => slice.value > 0)) return { ok: false, reason: 'no slice has a value above 0' };
  return { ok: true, pie };
}
