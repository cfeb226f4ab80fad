// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { StaticCopy } from '../ui/static-copy';
import { FlowDiagram } from './flow-diagram';
import { parseDiagram } from './parse-diagram';
import { SEED_FLOW } from '../../test/seed-flow.fixture';

const seed = parseDiagram(SEED_FLOW);
const idOf = (label: string) => seed.nodes.find((n) => n.label === label)?.id ?? '';
const litEdges = (container: HTMLElement) =>
  [...container.querySelectorAll('.flow-edge.is-lit')].map((e) => e.getAttribute('data-edge')).sort();

// jsdom has <dialog> but not its modal methods: open and close it by its attribute, as a browser would.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

describe('FlowDiagram', () => {
  test('draws every node as a named button and every edge as a sentence', () => {
    render(<FlowDiagram diagram={seed} title="KMS" />);
    for (const n of seed.nodes) expect(screen.getByRole('button', { name: n.label })).toBeInTheDocument();
    const sentences = within(screen.getByRole('list', { name: 'The flow in words' })).getAllByRole('listitem');
    expect(sentences).toHaveLength(10);
    expect(screen.getByText('ML Specialist → S3 Bucket (KMS 암호화)')).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Architecture flow: KMS' })).toBeInTheDocument();
  });

  test('a box whose label wraps shows the words its name says, spaces kept at the breaks', () => {
    const label = 'Pretrained model of the partner company';
    const bar = '─'.repeat(label.length + 2);
    const long = parseDiagram([`┌${bar}┐   ┌─────┐`, `│ ${label} │──▶│ End │`, `└${bar}┘   └─────┘`].join('\n'));
    render(<FlowDiagram diagram={long} />);
    const box = screen.getByRole('button', { name: label });
    expect(box.querySelectorAll('tspan').length).toBeGreaterThan(1);
    expect(box.textContent).toBe(label);
  });

  test('one tab stop: Tab reaches the first box, arrow keys follow the arrows', async () => {
    const user = userEvent.setup();
    render(<FlowDiagram diagram={seed} />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'ML Specialist' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'S3 Bucket (KMS 암호화)' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('button', { name: 'ML Specialist' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Step through' })).toHaveFocus();
  });

  test('Enter on a box lights its edges and the path from the start, and says where it leads', async () => {
    const user = userEvent.setup();
    const { container } = render(<FlowDiagram diagram={seed} />);
    act(() => screen.getByRole('button', { name: 'S3 Bucket (KMS 암호화)' }).focus());
    await user.keyboard('{Enter}');
    const s3 = idOf('S3 Bucket (KMS 암호화)');
    expect(screen.getByRole('button', { name: 'S3 Bucket (KMS 암호화)' })).toHaveAttribute('aria-pressed', 'true');
    expect(litEdges(container)).toEqual(
      [`${idOf('ML Specialist')}>${s3}`, `${s3}>${idOf('SageMaker Notebook')}`, `${s3}>${idOf('암호화 저장')}`].sort(),
    );
    expect(screen.getByText(/Comes from: ML Specialist\. Goes to: SageMaker Notebook, 암호화 저장\./)).toBeInTheDocument();
  });

  test('focusing a box lights its edges before it is chosen', () => {
    const { container } = render(<FlowDiagram diagram={seed} />);
    act(() => screen.getByRole('button', { name: 'SageMaker Notebook' }).focus());
    expect(litEdges(container)).toHaveLength(3);
    act(() => screen.getByRole('button', { name: 'SageMaker Notebook' }).blur());
    expect(litEdges(container)).toHaveLength(0);
  });

  test('a click selects too, and lights the whole path from the start', async () => {
    const user = userEvent.setup();
    const { container } = render(<FlowDiagram diagram={seed} />);
    await user.click(screen.getByRole('button', { name: 'KMS Key Policy' }));
    expect(litEdges(container)).toEqual(
      expect.arrayContaining([`${idOf('ML Specialist')}>${idOf('데이터 업로드')}`, `${idOf('데이터 업로드')}>${idOf('KMS Key Policy')}`]),
    );
  });

  test('Step through walks the flow one box at a time, then stops', async () => {
    const user = userEvent.setup();
    render(<FlowDiagram diagram={seed} />);
    await user.click(screen.getByRole('button', { name: 'Step through' }));
    expect(screen.getByText('Step 1 of 9')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'ML Specialist' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(screen.getByText('Step 2 of 9')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(screen.getByRole('button', { name: 'Step through' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'ML Specialist' })).toHaveAttribute('aria-pressed', 'false');
  });

  test('Previous step goes back a box, and stays put at the first', async () => {
    const user = userEvent.setup();
    render(<FlowDiagram diagram={seed} />);
    await user.click(screen.getByRole('button', { name: 'Step through' }));
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(screen.getByText('Step 3 of 9')).toBeInTheDocument();
    const previous = screen.getByRole('button', { name: 'Previous step' });
    await user.click(previous);
    expect(screen.getByText('Step 2 of 9')).toBeInTheDocument();
    await user.click(previous);
    expect(screen.getByText('Step 1 of 9')).toBeInTheDocument();
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    await user.click(previous);
    expect(screen.getByText('Step 1 of 9')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'ML Specialist' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('the drawing keeps its own size: labels are never scaled down to fit', () => {
    const { container } = render(<FlowDiagram diagram={seed} />);
    const svg = container.querySelector('svg.flow-svg');
    const [, , width, height] = (svg?.getAttribute('viewBox') ?? '').split(' ');
    expect(svg?.getAttribute('width')).toBe(width);
    expect(svg?.getAttribute('height')).toBe(height);
  });

  test('Full screen opens a named dialog with zoom controls; + and 0 zoom and reset, Close closes', async () => {
    const user = userEvent.setup();
    render(<FlowDiagram diagram={seed} title="KMS" />);
    await user.click(screen.getByRole('button', { name: 'Full screen' }));
    const dialog = screen.getByRole('dialog', { name: 'Architecture flow: KMS' });
    const zoom = within(dialog).getByRole('status', { name: 'Zoom' });
    expect(zoom).toHaveTextContent('100%');
    act(() => within(dialog).getByRole('group', { name: 'The flow, to pan and zoom' }).focus());
    await user.keyboard('+');
    expect(zoom).not.toHaveTextContent('100%');
    await user.keyboard('0');
    expect(zoom).toHaveTextContent('100%');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(within(dialog).queryByRole('button', { name: 'Close' })).toBeNull();
  });

  test('Show source toggles the block as written', async () => {
    const user = userEvent.setup();
    const { container } = render(<FlowDiagram diagram={seed} />);
    const toggle = screen.getByRole('button', { name: 'Show source' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(container.querySelector('pre')?.textContent).toBe(seed.source);
    await user.click(screen.getByRole('button', { name: 'Hide source' }));
    expect(container.querySelector('pre')).toBeNull();
  });

  test('nodes lit from outside say so in their name', () => {
    render(<FlowDiagram diagram={seed} highlight={[idOf('KMS Key Policy')]} />);
    expect(screen.getByRole('button', { name: 'KMS Key Policy (named by your answer)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'IAM Role Policy' })).toBeInTheDocument();
  });

  test('titles are drawn and read out', () => {
    const { container } = render(<FlowDiagram diagram={parseDiagram('기존 File 모드:\nS3 → EBS → 훈련')} />);
    expect(container.querySelector('svg text.flow-title')?.textContent).toBe('기존 File 모드:');
    expect(container.querySelector('.visually-hidden p')?.textContent).toBe('기존 File 모드:');
  });

  test('an unparsed block shows its source and a short note', () => {
    const block = 'just text\nwith no arrows';
    const { container } = render(<FlowDiagram diagram={parseDiagram(block)} />);
    expect(screen.getByText('This flow could not be drawn as a diagram, so it is shown as written.')).toBeInTheDocument();
    expect(container.querySelector('pre')?.textContent).toBe(block);
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('FlowDiagram in a static copy', () => {
  test('holds no button, only places for its toolbar\'s buttons, in their order and with their text', () => {
    const copy = renderToString(<StaticCopy value><FlowDiagram diagram={seed} /></StaticCopy>);
    expect(copy).not.toMatch(/<button/);
    // Each place holds its words in every language (useWords), so that it has the live button's size for any reader.
    const places = [...copy.matchAll(/<span class="btn button-place" aria-hidden="true">((?:<span[^>]*>[^<]*<\/span>)*)<\/span>/g)].map((match) =>
      Object.fromEntries([...(match[1] ?? '').matchAll(/<span lang="(\w+)" class="ui-words">([^<]*)<\/span>/g)].map((word) => [word[1], word[2]])));
    expect(places).toEqual([
      { en: 'Step through', ko: '단계별로 보기' },
      { en: 'Full screen', ko: '전체 화면' },
      { en: 'Show source', ko: '원본 보기' },
    ]);
    render(<FlowDiagram diagram={seed} />);
    expect(screen.getAllByRole('button').filter((button) => button.classList.contains('btn')).map((button) => button.textContent)).toEqual(places.map((place) => place.en));
  });
});
