import { compareText } from './text-order';

describe('compareText', () => {
  test('lists Latin before Hangul, whatever the runtime\'s own locale would (a Korean browser\'s puts Hangul first)', () => {
    expect(['가나다 노트', 'Zeta', 'alpha', '다른 노트'].sort(compareText)).toEqual(['alpha', 'Zeta', '가나다 노트', '다른 노트']);
    // The runtime's default collation for a Korean reader orders them otherwise: the order above is not the default's.
    expect(['가나다 노트', 'Zeta', 'alpha'].sort(new Intl.Collator('ko').compare)).toEqual(['가나다 노트', 'alpha', 'Zeta']);
  });

  test('orders numbers inside names by value', () => {
    expect(['Week 10', 'Week 9', 'Week 1'].sort(compareText)).toEqual(['Week 1', 'Week 9', 'Week 10']);
  });

  test('gives strings the collation holds equal one order, whatever order they come in', () => {
    const forms = ['e\u0301', '\u00e9'];
    expect([...forms].sort(compareText)).toEqual([...forms].reverse().sort(compareText));
    expect(compareText('same', 'same')).toBe(0);
  });
});
