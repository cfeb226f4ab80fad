import { createPartStore } from './part-store';

/** A store with `drawn` parts already arrived and a reader on each of `readers` parts, counting what it is told. */
function storeWith(drawn: number, readers: number) {
  const store = createPartStore();
  const told: number[] = [];
  for (let index = 0; index < readers; index += 1) store.subscribe(index, () => told.push(index));
  store.add(new Map(Array.from({ length: drawn }, (_, index) => [index, `<p>${index}</p>`])));
  told.length = 0;
  return { store, told };
}

test.each([0, 10, 2_500])('an arrival tells its own part\'s reader alone, with %i parts already drawn', (drawn) => {
  const { store, told } = storeWith(drawn, 3_000);
  store.add(new Map([[drawn, '<p>new</p>']]));
  expect(told).toEqual([drawn]);
  expect(store.get(drawn)).toBe('<p>new</p>');
});

test('a batch tells each of its parts once; parts not arrived read as undefined', () => {
  const { store, told } = storeWith(0, 5);
  expect(store.hasAny()).toBe(false);
  store.add(new Map([[1, 'a'], [3, 'b']]));
  expect(told).toEqual([1, 3]);
  expect([0, 1, 2, 3].map((index) => store.get(index))).toEqual([undefined, 'a', undefined, 'b']);
  expect(store.hasAny()).toBe(true);
});

test('an unsubscribed reader is told nothing', () => {
  const store = createPartStore();
  const told: number[] = [];
  const stop = store.subscribe(0, () => told.push(0));
  stop();
  store.add(new Map([[0, 'a']]));
  expect(told).toEqual([]);
});
