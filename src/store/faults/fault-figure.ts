/**
 * The suite's figure: how many actions it tried, how many answers the app took, how many it could
 * give back afterwards (from storage after a reload, a kept backup, or the export the warning
 * offers). Recovered must equal written.
 */

/** Running totals of one fault scenario or of the whole suite. */
export interface FaultFigure {
  actions: number;
  written: number;
  recovered: number;
}

/** A figure with nothing counted yet. */
export function emptyFigure(): FaultFigure {
  return { actions: 0, written: 0, recovered: 0 };
}

/** Adds `more` into `total`. */
export function addFigure(total: FaultFigure, more: FaultFigure): void {
  total.actions += more.actions;
  total.written += more.written;
  total.recovered += more.recovered;
}

/** Counts `written` answer ids and how many of them are in `found`. */
export function countRecovered(figure: FaultFigure, written: ReadonlySet<string>, found: ReadonlySet<string>): void {
  figure.written += written.size;
  for (const id of written) if (found.has(id)) figure.recovered += 1;
}
