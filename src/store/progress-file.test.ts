import { exportProgress, parseProgressFile } from './progress-file';
import { PROGRESS_VERSION } from './migrations';
import { attempt, exam } from '../../test/progress-test-data';

const data = {
  attempts: [attempt('a1', 'q1', '2026-01-01T10:00:00.000Z'), attempt('a2', 'q1', '2026-01-03T10:00:00.000Z', false), attempt('a3', 'deleted', '2026-01-02T10:00:00.000Z')],
  exams: [exam('x1', '2026-01-04T10:00:00.000Z')],
  flags: { q1: { flagged: true, at: '2026-01-01T00:00:00.000Z' }, q2: { flagged: false, at: '2026-01-01T00:00:00.000Z' } },
};
const now = Date.parse('2026-02-01T00:00:00.000Z');
const file = exportProgress(data, now);

describe('exportProgress', () => {
  test('writes the documented envelope', () => {
    expect(file).toEqual({ app: 'examflow', kind: 'progress', version: PROGRESS_VERSION, exportedAt: '2026-02-01T00:00:00.000Z', ...data });
  });
});

describe('parseProgressFile', () => {
  test('reads back what was exported, with a summary', () => {
    const result = parseProgressFile(JSON.stringify(file));
    expect(result).toEqual({
      ok: true,
      data,
      summary: {
        attempts: 3,
        exams: 1,
        flagged: 1,
        questions: 2,
        first: '2026-01-01T10:00:00.000Z',
        last: '2026-01-03T10:00:00.000Z',
        exportedAt: '2026-02-01T00:00:00.000Z',
      },
    });
  });

  test.each([
    ['not JSON', '{oops', 'not-json'],
    ['another app', JSON.stringify({ ...file, app: 'other' }), 'not-progress'],
    ['settings, not progress', JSON.stringify({ ...file, kind: 'settings' }), 'not-progress'],
    ['a plain list', '[]', 'not-progress'],
    ['a newer version', JSON.stringify({ ...file, version: PROGRESS_VERSION + 1 }), 'newer-version'],
    ['an older version that is damaged', JSON.stringify({ ...file, version: 3, attempts: 'x' }), 'invalid'],
    ['a bad attempt', JSON.stringify({ ...file, attempts: [{ ...data.attempts[0], correct: 'yes' }] }), 'invalid'],
    ['no flags', JSON.stringify({ ...file, flags: undefined }), 'invalid'],
  ])('refuses %s', (_, json, reason) => {
    const result = parseProgressFile(json);
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
  });

  test.each([
    ['version 3 (before sessions had an origin)', { ...file, version: 3 }, data.attempts.length],
    ['version 1 (one label per attempt, flags as a list)', {
      app: 'examflow', kind: 'progress', version: 1, exportedAt: file.exportedAt, exams: [],
      attempts: [{ id: 'a1', questionId: 'q1', noteSlug: 'kms', at: '2026-01-01T10:00:00.000Z', choice: 'A,C', correct: true, seconds: 30 }],
      flagged: ['q1'],
    }, 1],
  ])('reads a file of %s', (_, old, attempts) => {
    const result = parseProgressFile(JSON.stringify(old));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data.attempts).toHaveLength(attempts);
  });

  test('says where a damaged file is damaged', () => {
    const result = parseProgressFile(JSON.stringify({ ...file, attempts: [data.attempts[0], { ...data.attempts[1], at: 'soon' }] }));
    expect(result.ok ? '' : result.message).toContain('attempts.1.at');
  });
});
