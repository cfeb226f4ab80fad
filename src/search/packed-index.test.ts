import MiniSearch from 'minisearch';
import { packIndex, unpackIndex } from './packed-index';

function sampleIndex() {
  const search = new MiniSearch({ fields: ['title', 'body'], storeFields: ['title'] });
  search.addAll([
    { id: 'a', title: 'kms key', body: 'kms kms policy' },
    { id: 'b', title: 'glue crawler', body: 'kms glue glue glue' },
    { id: 'c', title: 'other', body: 'nothing' },
  ]);
  return search.toJSON();
}

describe('packIndex / unpackIndex', () => {
  test('round-trips minisearch’s serialised index exactly', () => {
    const plain = sampleIndex();
    const restored = unpackIndex(JSON.parse(JSON.stringify(packIndex(plain))));
    expect(restored).toEqual(JSON.parse(JSON.stringify(plain)));
  });

  test('writes delta-coded ids and leaves out a frequency of 1', () => {
    const packed = packIndex(sampleIndex());
    const kms = packed.index.find(([term]) => term === 'kms');
    // title: doc 0 once; body: doc 0 twice, doc 1 once (delta 1).
    expect(kms).toEqual(['kms', 0, [0], 1, [[0, 2], 1]]);
  });

  test('is smaller than the plain form', () => {
    const plain = sampleIndex();
    expect(JSON.stringify(packIndex(plain)).length).toBeLessThan(JSON.stringify(plain).length);
  });

  test('skips malformed entries instead of throwing', () => {
    const packed = packIndex(sampleIndex());
    packed.index.push(['broken', 'x' as unknown as number, 5 as unknown as number[]]);
    expect(unpackIndex(packed).index.at(-1)).toEqual(['broken', {}]);
  });
});
