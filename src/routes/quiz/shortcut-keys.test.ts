import { shortcutFor, type KeyPress } from './shortcut-keys';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key, altKey: false, ctrlKey: false, metaKey: false, targetTag: 'BODY', ...extra,
});

describe('shortcutFor', () => {
  test.each([
    ['1', 'practice', { kind: 'choose', label: 'A' }],
    ['4', 'practice', { kind: 'choose', label: 'D' }],
    ['c', 'practice', { kind: 'choose', label: 'C' }],
    ['C', 'exam', { kind: 'choose', label: 'C' }],
    ['f', 'practice', null],
    ['6', 'practice', null],
    ['f', 'exam', { kind: 'flag' }],
    ['F', 'exam', { kind: 'flag' }],
    ['Enter', 'practice', { kind: 'enter' }],
    ['ArrowRight', 'exam', { kind: 'next' }],
    ['ArrowLeft', 'exam', { kind: 'previous' }],
    ['ArrowRight', 'practice', null],
    ['?', 'practice', { kind: 'help' }],
    ['x', 'exam', null],
  ] as const)('%s in %s with 5 options', (key, mode, action) => {
    expect(shortcutFor(press(key), mode, 5)).toEqual(action);
  });

  test('six options: 6 chooses F in an exam, where the letter F flags', () => {
    expect(shortcutFor(press('6'), 'exam', 6)).toEqual({ kind: 'choose', label: 'F' });
    expect(shortcutFor(press('f'), 'practice', 6)).toEqual({ kind: 'choose', label: 'F' });
  });

  test.each([
    [{ ctrlKey: true }],
    [{ metaKey: true }],
    [{ altKey: true }],
    [{ targetTag: 'INPUT', targetType: 'text' }],
    [{ targetTag: 'INPUT', targetType: 'number' }],
    [{ targetTag: 'TEXTAREA' }],
    [{ targetTag: 'SELECT' }],
    [{ targetTag: 'DIV', targetEditable: true }],
  ])('never fires with %j', (extra) => {
    expect(shortcutFor(press('1', extra), 'practice', 4)).toBeNull();
    expect(shortcutFor(press('Enter', extra), 'practice', 4)).toBeNull();
  });

  test('Enter on a button or link is left to the button; on an option it checks', () => {
    expect(shortcutFor(press('Enter', { targetTag: 'BUTTON' }), 'practice', 4)).toBeNull();
    expect(shortcutFor(press('Enter', { targetTag: 'A' }), 'practice', 4)).toBeNull();
    expect(shortcutFor(press('Enter', { targetTag: 'INPUT', targetType: 'radio' }), 'practice', 4)).toEqual({ kind: 'enter' });
  });

  test('left and right move between questions even from a radio; up and down are left to the group', () => {
    expect(shortcutFor(press('ArrowRight', { targetTag: 'INPUT', targetType: 'radio' }), 'exam', 4)).toEqual({ kind: 'next' });
    expect(shortcutFor(press('ArrowDown', { targetTag: 'INPUT', targetType: 'radio' }), 'exam', 4)).toBeNull();
  });
});
