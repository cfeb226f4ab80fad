import { backupKey, createGuardedStorage, isQuotaError, listBackups, readEnvelope, type StorageProblem } from './storage';
import { FakeBrowser } from '../../test/storage-fake';

const t0 = Date.parse('2026-03-01T09:00:00.000Z');

describe('readEnvelope', () => {
  test.each([
    ['{"state":{"a":1},"version":2}', true, 2],
    ['{"state":null,"version":1}', true, 1],
    ['{"state":{}}', true, 0],
    ['{"state":{},"version":"2"}', true, 0],
    ['{"version":2}', false, null],
    ['[1,2]', false, null],
    ['"text"', false, null],
    ['{"state":', false, null],
    ['', false, null],
  ])('%s → ok %s, version %s', (raw, ok, version) => {
    const result = readEnvelope(raw);
    expect(result.ok).toBe(ok);
    if (result.ok) expect(result.value.version).toBe(version);
  });
});

describe('isQuotaError', () => {
  test.each([
    [new DOMException('full', 'QuotaExceededError'), true],
    [Object.assign(new Error('full'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }), true],
    [{ name: 'Error', code: 22 }, true],
    [new Error('other'), false],
    ['QuotaExceededError', false],
    [null, false],
  ])('%s → %s', (error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });
});

describe('createGuardedStorage', () => {
  function setup() {
    const browser = new FakeBrowser();
    const { storage } = browser.tab();
    const problems: StorageProblem[] = [];
    const guarded = createGuardedStorage({ getStorage: () => storage, onProblem: (p) => problems.push(p), now: () => t0 });
    return { browser, storage, problems, guarded };
  }

  test('reads a good envelope and remembers the raw text', () => {
    const { storage, guarded, problems } = setup();
    storage.setItem('p', '{"state":{"x":1},"version":2}');
    expect(guarded.getItem('p')).toEqual({ state: { x: 1 }, version: 2 });
    expect(guarded.lastRaw()).toBe('{"state":{"x":1},"version":2}');
    expect(problems).toEqual([]);
  });

  test('backs up corrupt JSON, reports it and reads nothing', () => {
    const { storage, guarded, problems } = setup();
    storage.setItem('p', '{"state": {oops');
    expect(guarded.getItem('p')).toBeNull();
    const key = backupKey('p', t0);
    expect(key).toBe('p.backup-2026-03-01T09-00-00-000Z');
    expect(storage.getItem(key)).toBe('{"state": {oops');
    expect(problems).toMatchObject([{ kind: 'corrupt', backupKey: key, backupText: '{"state": {oops' }]);
    expect(listBackups(storage, 'p')).toEqual([key]);
  });

  test('reports a full quota instead of throwing', () => {
    const { browser, guarded, problems } = setup();
    browser.quota = 10;
    expect(() => guarded.setItem('p', { state: { big: 'x'.repeat(100) }, version: 2 })).not.toThrow();
    expect(problems.map((p) => p.kind)).toEqual(['quota']);
  });

  test('keeps the unreadable text in memory when even the backup does not fit', () => {
    const { browser, storage, guarded, problems } = setup();
    storage.setItem('p', 'garbage');
    browser.quota = 8;
    expect(guarded.getItem('p')).toBeNull();
    expect(problems).toMatchObject([{ kind: 'corrupt', backupKey: null, backupText: 'garbage' }]);
  });

  test('reports a storage that cannot be opened', () => {
    const problems: StorageProblem[] = [];
    const guarded = createGuardedStorage({
      getStorage: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      onProblem: (p) => problems.push(p),
    });
    expect(guarded.getItem('p')).toBeNull();
    expect(() => guarded.setItem('p', { state: {}, version: 2 })).not.toThrow();
    expect(problems.map((p) => p.kind)).toEqual(['unavailable', 'unavailable']);
  });
});
