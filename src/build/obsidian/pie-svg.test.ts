import { toHtml } from 'hast-util-to-html';
import { pieSvg } from './pie-svg.ts';

const slices = (...values: number[]) => values.map((value, index) => ({ label: `S${index}`, value }));

describe('pieSvg', () => {
  test.each([
    ['one slice of everything is a full circle', slices(4), { paths: 0, circles: 1, name: 'S0 100%' }],
    ['two halves', slices(1, 1), { paths: 2, circles: 0, name: 'S0 50%, S1 50%' }],
    ['a zero slice draws nothing but keeps its legend row', slices(3, 0, 1), { paths: 2, circles: 0, name: 'S0 75%, S1 0%, S2 25%' }],
  ])('%s', (_name, pieSlices, expected) => {
    const svg = pieSvg({ title: null, showData: false, slices: pieSlices });
    const html = toHtml(svg);
    expect(html.match(/<path /g)?.length ?? 0).toBe(expected.paths);
    expect(html.match(/<circle /g)?.length ?? 0).toBe(expected.circles);
    expect(svg.properties.ariaLabel).toBe(expected.name);
    expect(html.match(/class="pie-swatch/g)).toHaveLength(pieSlices.length);
  });

  test('has no style: slices carry a palette class, and colours past the palette repeat', () => {
    const html = toHtml(pieSvg({ title: 'T', showData: true, slices: slices(...Array.from({ length: 9 }, () => 1)) }));
    expect(html).not.toMatch(/style=|fill=|stroke=/);
    expect(html).toContain('class="pie-slice chart-color-7"');
    expect(html.match(/class="pie-slice chart-color-0"/g)).toHaveLength(2);
    expect(html).toContain('S0 11.1% (1)');
  });

  test('makes room in the legend for wide (Hangul) labels', () => {
    const width = (label: string) => Number(pieSvg({ title: null, showData: false, slices: [{ label, value: 1 }] }).properties.width);
    expect(width('가나다라마바사')).toBeGreaterThan(width('abcdefg'));
  });
});
