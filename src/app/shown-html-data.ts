/**
 * A pre-rendered note page holds its body's HTML twice: as the page's elements, and inside the route data the page
 * hydrates from (React Router's inline turbo-stream), which the browser decodes in one task before the app starts
 * (at 20 MB, 127 KB of data of which 73 KB was the first part's HTML: a task of 254 ms on a phone, CPU x4). This
 * leaves that HTML out of the page's inline data: each such string becomes null there, which the page reads as
 * "the page holds it" (shown-html.ts takes it from the elements it hydrates). The note's `.data` file, which a
 * navigation in the app fetches, is not touched: it still carries everything a page needs to draw.
 *
 * The data is turbo-stream text: a first line that is a flat JSON array of values, where an object is written
 * `{"_k":v}` (k and v the places of its key and value in the array) and an array `[a,b]` (places), and a line per
 * promise after it. A string equal to another is written once and shared, so a string is left out only when every
 * reference to it is the `html` of a block the page shows; anything else (a question's text equal to a block,
 * data of a form not expected) keeps the data as it is.
 */

/** A place in the flat array: a value's index, or a negative constant (null, undefined, ...). */
type Ref = number;

/** The blocks a note page draws as its own elements: those before its first later part (the whole body if none). */
function shownBlocks(values: readonly unknown[], head: unknown, field: (object: unknown, name: string) => Ref | undefined): Ref[] {
  if (!Array.isArray(head)) return [];
  const shown: Ref[] = [];
  for (const ref of head) {
    if (typeof ref !== 'number' || ref < 0) return [];
    const kind = values[field(values[ref], 'kind') ?? -1];
    if (kind === 'part') break;
    if (kind === 'markdown') shown.push(ref);
  }
  return shown;
}

/** Adds every place `value` (an entry of the flat array, or a part of one) refers to into `counts`. */
function countRefs(value: unknown, counts: Map<Ref, number>, top: boolean): void {
  const add = (ref: Ref) => counts.set(ref, (counts.get(ref) ?? 0) + 1);
  if (typeof value === 'number') {
    // An entry that is a number is a value; inside an array or an object a number is a place (a typed array's raw
    // payload, a date's time, counts too: counting more than there are only keeps more).
    if (!top) add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) countRefs(item, counts, false);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      add(Number(key.slice(1)));
      countRefs(item, counts, false);
    }
  }
}

/**
 * `text` (a page's turbo-stream data) with the HTML of the blocks the page of route `routeId` shows left out: null
 * in their place. `text` as it is when it is not of the form expected or leaves nothing out.
 */
export function leaveOutShownHtml(text: string, routeId: string): string {
  const end = text.indexOf('\n');
  const first = end < 0 ? text : text.slice(0, end);
  let values: unknown;
  try {
    values = JSON.parse(first);
  } catch {
    return text;
  }
  if (!Array.isArray(values)) return text;
  const flat: unknown[] = values;
  const field = (object: unknown, name: string): Ref | undefined => {
    if (object === null || typeof object !== 'object' || Array.isArray(object)) return undefined;
    for (const [key, ref] of Object.entries(object)) if (flat[Number(key.slice(1))] === name && typeof ref === 'number') return ref;
    return undefined;
  };
  const at = (ref: Ref | undefined) => (ref === undefined || ref < 0 ? undefined : flat[ref]);
  const note = at(field(at(field(flat[0], 'loaderData')), routeId));
  const html = new Map<Ref, number>();
  for (const block of shownBlocks(flat, at(field(note, 'head')), field)) {
    const ref = field(flat[block], 'html');
    if (ref !== undefined && typeof flat[ref] === 'string') html.set(ref, (html.get(ref) ?? 0) + 1);
  }
  if (html.size === 0) return text;
  const counts = new Map<Ref, number>();
  for (const value of flat) countRefs(value, counts, true);
  // The lines after the first (promises) are not read: any number in them counts as a reference.
  for (const number of end < 0 ? [] : text.slice(end).match(/\d+/g) ?? []) counts.set(Number(number), (counts.get(Number(number)) ?? 0) + 1);
  let left = 0;
  for (const [ref, uses] of html) {
    if (counts.get(ref) !== uses) continue;
    flat[ref] = null;
    left += 1;
  }
  return left === 0 ? text : JSON.stringify(flat) + (end < 0 ? '' : text.slice(end));
}

/** All of `stream`'s text: read directly, as a `Response` around it cost the pre-render more than the read itself. */
async function readText(stream: ReadableStream<Uint8Array>): Promise<string> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += decoder.decode(chunk.value, { stream: true });
  return text + decoder.decode();
}

/** `stream` (a page's turbo-stream data, as React Router hands it to the page) read whole and given with {@link leaveOutShownHtml}. */
export function leaveOutShownHtmlStream(stream: ReadableStream<Uint8Array>, routeId: string): ReadableStream<Uint8Array> {
  const read = readText(stream);
  return new ReadableStream({
    async start(controller) {
      try {
        controller.enqueue(new TextEncoder().encode(leaveOutShownHtml(await read, routeId)));
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
  });
}
