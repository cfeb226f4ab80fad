/**
 * Writes local calendar dates (`YYYY-MM-DD`) for chart axes and tables in the reader's language,
 * and picks which columns of a long axis get a label so the labels never crowd.
 */

/** A `YYYY-MM-DD` date written with `Intl` in the given language. */
export function formatDay(date: string, language: string, options: Intl.DateTimeFormatOptions): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  return new Intl.DateTimeFormat(language, options).format(new Date(year, month - 1, day));
}

/** Whether column `index` of `count` gets an axis label: all of a short axis, about six of a long one. */
export function labelsColumn(index: number, count: number): boolean {
  if (count <= 8) return true;
  const step = Math.ceil(count / 6);
  return index === count - 1 || (index % step === 0 && count - 1 - index >= step);
}
