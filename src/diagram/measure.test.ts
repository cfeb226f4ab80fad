import { displayWidth, measureLine } from './measure';

describe('displayWidth', () => {
  test.each([
    ['nothing', '', 0],
    ['ASCII, one column a glyph', 'S3 Bucket', 9],
    ['Hangul, two columns a syllable', '데이터 저장', 11],
    ['box-drawing and arrows stay narrow, as editors draw them', '─→│', 3],
    ['a wide emoji', '✅ ok', 5],
  ])('%s', (_name, text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  test('counts a line as the parser places it on the display grid', () => {
    const line = '┌ S3 (KMS 암호화) ┐ → 모델';
    const last = measureLine(line).at(-1)!;
    expect(displayWidth(line)).toBe(last.display + last.width);
  });
});
