import { backupKey } from '../../store/storage';
import { backupTime, keptBackups } from './backups';

describe('backupTime', () => {
  test.each([
    ['examflow-progress.backup-2026-03-01T09-05-07-123Z', '2026-03-01T09:05:07.123Z'],
    [backupKey('examflow-progress', Date.parse('2026-11-28T15:40:00.000Z')), '2026-11-28T15:40:00.000Z'],
    ['examflow-progress.backup-yesterday', null],
    ['examflow-progress', null],
  ])('%s → %s', (key, time) => {
    expect(backupTime(key)).toBe(time);
  });
});

describe('keptBackups', () => {
  function fakeStorage(keys: string[]): Storage {
    return { length: keys.length, key: (i: number) => keys[i] ?? null } as unknown as Storage;
  }

  test('lists the backups of one key, newest first', () => {
    const storage = fakeStorage([
      'examflow-progress',
      'examflow-progress.backup-2026-03-01T09-00-00-000Z',
      'examflow-settings',
      'examflow-progress.backup-2026-03-02T09-00-00-000Z',
    ]);
    expect(keptBackups(() => storage, 'examflow-progress')).toEqual([
      { key: 'examflow-progress.backup-2026-03-02T09-00-00-000Z', time: '2026-03-02T09:00:00.000Z', place: 'local' },
      { key: 'examflow-progress.backup-2026-03-01T09-00-00-000Z', time: '2026-03-01T09:00:00.000Z', place: 'local' },
    ]);
  });

  test('a blocked storage has no backups', () => {
    expect(keptBackups(() => { throw new Error('blocked'); }, 'examflow-progress')).toEqual([]);
  });
});
