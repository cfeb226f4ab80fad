// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BarChart } from './bar-chart';
import { LineChart } from './line-chart';

const text = (title: string) => ({ title, summary: `${title}: summary`, tableToggle: 'Show the numbers', headers: ['Day', 'Count'] });

describe('BarChart', () => {
  test.each(['columns', 'rows'] as const)('%s: an image with its summary, a title and the numbers as a table', async (layout) => {
    render(<BarChart layout={layout} text={text('Due soon')} data={[{ label: 'Mon', value: 3 }, { label: 'Tue', value: 0, display: 'none' }]} />);
    expect(screen.getByRole('img', { name: 'Due soon: summary' })).toBeInTheDocument();
    expect(screen.getByText('Due soon', { selector: 'figcaption' })).toBeInTheDocument();
    await userEvent.click(screen.getByText('Show the numbers'));
    const table = screen.getByRole('table', { name: 'Due soon' });
    const rows = within(table).getAllByRole('row').map((row) => row.textContent);
    expect(rows).toEqual(['DayCount', 'Mon3', 'Tuenone']);
  });

  test('bars are as long as their share of the maximum', () => {
    const { container } = render(
      <BarChart layout="rows" max={100} text={text('Accuracy')} data={[{ label: 'kms', value: 25 }, { label: 's3', value: 150 }]} />,
    );
    expect([...container.querySelectorAll('rect.chart-bar')].map((bar) => bar.getAttribute('width'))).toEqual(['25%', '100%']);
  });

  test.each([7, 30])('each axis label of %i columns is centred under its own bar, the first and last included', (count) => {
    const data = Array.from({ length: count }, (_, i) => ({ label: `d${i}`, value: i, axisLabel: i % 5 === 0 || i === count - 1 ? `d${i}` : undefined }));
    const { container } = render(<BarChart text={text('Days')} data={data} />);
    const bars = [...container.querySelectorAll('rect.chart-bar')];
    const labels = [...container.querySelectorAll('text.chart-label')];
    expect(labels.length).toBeGreaterThan(1);
    for (const label of labels) {
      const bar = bars[Number(label.textContent!.slice(1))]!;
      const centre = Number.parseFloat(bar.getAttribute('x')!) + Number.parseFloat(bar.getAttribute('width')!) / 2;
      expect(label.getAttribute('text-anchor')).toBe('middle');
      expect(Number.parseFloat(label.getAttribute('x')!)).toBeCloseTo(centre, 6);
    }
  });

  test('extra cells join the table', () => {
    render(<BarChart text={{ ...text('Tags'), headers: ['Tag', 'Accuracy', 'Answers'] }} data={[{ label: 'kms', value: 50 }]} extraCells={() => ['4']} />);
    expect(screen.getByRole('row', { name: 'kms 50 4' })).toBeInTheDocument();
  });
});

describe('LineChart', () => {
  test('draws a dot per point, filled when it meets the reference line, and lists the points', () => {
    const { container } = render(
      <LineChart
        text={{ ...text('Exams'), headers: ['Date', 'Score'] }}
        points={[{ label: '1 Mar', value: 700 }, { label: '8 Mar', value: 800 }]}
        min={100}
        max={1000}
        reference={{ value: 750, label: 'Pass 750' }}
      />,
    );
    expect(screen.getByRole('img', { name: 'Exams: summary' })).toBeInTheDocument();
    const dots = [...container.querySelectorAll('circle')].map((dot) => dot.getAttribute('class'));
    expect(dots).toEqual(['chart-dot', 'chart-dot chart-dot-met']);
    expect(screen.getByRole('row', { name: '8 Mar 800' })).toBeInTheDocument();
    expect(screen.getByText('Pass 750')).toBeInTheDocument();
  });

  test('a point with a link is a dot to follow, named by its label and value, in a group instead of an image', async () => {
    const followed: number[] = [];
    render(
      <LineChart
        text={{ ...text('Exams'), headers: ['Date', 'Score', 'Result'] }}
        points={[{ label: '1 Mar', value: 700, href: '/exam/results/a' }, { label: '8 Mar', value: 800, href: '/exam/results/b' }]}
        min={100}
        max={1000}
        extraCells={(point) => [point.value >= 750 ? 'Pass' : 'Fail']}
        onFollow={(_, i) => followed.push(i)}
      />,
    );
    expect(screen.queryByRole('img')).toBeNull();
    const group = screen.getByRole('group', { name: 'Exams: summary' });
    const link = within(group).getByRole('link', { name: '8 Mar: 800, Pass' });
    expect(link).toHaveAttribute('href', '/exam/results/b');
    await userEvent.click(link);
    expect(followed).toEqual([1]);
  });
});

describe('chart titles', () => {
  test('become headings when the page asks', () => {
    render(<BarChart text={{ ...text('Activity'), headingLevel: 2 }} data={[{ label: 'Mon', value: 1 }]} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Activity' })).toBeInTheDocument();
  });

  test('stay captions otherwise', () => {
    render(<BarChart text={text('Activity')} data={[{ label: 'Mon', value: 1 }]} />);
    expect(screen.queryByRole('heading')).toBeNull();
  });
});
