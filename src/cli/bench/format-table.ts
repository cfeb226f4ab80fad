/** Plain-text tables for the benchmark report. */

/** Lays out rows under headers with columns padded to their widest cell; columns of numbers align right. */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const numeric = (cell: string) => cell === '' || cell === 'n/a' || /^[-~]?[\d.,]+\s*\S{0,5}$/.test(cell);
  const rightAligned = headers.map((_, column) => rows.length > 0 && rows.every((row) => numeric(row[column] ?? '')));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (rightAligned[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** A number with thousands separators and a fixed count of decimals. */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** Bytes as kB (1,000 bytes), one decimal. */
export function formatKb(bytes: number): string {
  return `${formatNumber(bytes / 1000, 1)} kB`;
}
