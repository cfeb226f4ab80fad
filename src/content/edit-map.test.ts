import { EditMap } from 'micromark-util-edit-map';
import type { Event } from 'micromark-util-types';

// micromark applies its edit maps with `consume` each time a list or a quote closes. Reading every event
// before the first edit there made parsing quadratic in a note's length (a 2 MB note took six minutes);
// patches/micromark-util-edit-map+1.0.0.patch leaves them in place. These tests fail without the patch.

type Edit = [at: number, remove: number, add: number];

const event = (n: number) => n as unknown as Event;

/** The same edits applied the obvious way, from the last to the first, for comparison. */
function spliced(events: Event[], edits: readonly Edit[]): Event[] {
  const result = [...events];
  for (const [at, remove, add] of [...edits].sort((a, b) => b[0] - a[0])) {
    result.splice(at, remove, ...Array.from({ length: add }, (_, i) => event(1000 + at * 10 + i)));
  }
  return result;
}

describe('EditMap.consume', () => {
  test.each<[string, Edit[]]>([
    ['one insertion near the end', [[95, 0, 2]]],
    ['an insertion and a removal, as a closing list makes', [[90, 0, 3], [97, 3, 0]]],
    ['edits given out of order', [[98, 1, 0], [60, 2, 1], [80, 0, 4]]],
    ['an edit at the very start', [[0, 1, 2], [50, 0, 1]]],
  ])('%s: the same events as splicing, without reading those before the first edit', (_name, edits) => {
    const original = Array.from({ length: 100 }, (_, i) => event(i));
    const first = Math.min(...edits.map(([at]) => at));
    let readsBefore = 0;
    const events = new Proxy([...original], {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key) && Number(key) < first) readsBefore += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const map = new EditMap();
    for (const [at, remove, add] of edits) map.add(at, remove, Array.from({ length: add }, (_, i) => event(1000 + at * 10 + i)));
    map.consume(events);
    expect(readsBefore).toBe(0);
    expect([...events]).toEqual(spliced(original, edits));
  });
});
