// @vitest-environment jsdom
import { act, fireEvent, within } from '@testing-library/react';
import { bundle, drawn, flowCode, PARTS, tick } from '../../../test/long-note-fixture';
import { prerenderedPage } from '../../../test/long-note-page';

// The body's modules stood in for by the long note's fixture (test/long-note-fixture.tsx), whose state they share.
vi.mock('./flow-view', async () => (await import('../../../test/long-note-fixture')).flowViewModule);
vi.mock('../../i18n/use-t', async (original) => (await import('../../../test/long-note-fixture')).useTModule(await original()));
vi.mock('virtual:examflow/note-parts', async () => (await import('../../../test/long-note-fixture')).notePartsModule);

const { watched, near, untilDrawn, hydrated } = prerenderedPage();

describe("a long note's pre-rendered page, hydrated", () => {
  test('keeps its later blocks as they are, no component per block, yet their links follow the router and a late diagram comes alive near the view', async () => {
    const { container, root } = await hydrated();

    // Hydration drew the first run's diagram and nothing of the thirty parts and diagrams after it.
    expect(bundle.reads).toEqual([]);
    expect(drawn).toEqual(['flow 0']);
    expect(container.querySelector('.note-body')).not.toHaveAttribute('aria-busy');

    // Only the groups of blocks are watched; the diagrams of one, once it comes near.
    const groups = [...container.querySelectorAll('.note-body-group')];
    expect([...watched]).toEqual(groups);
    // The last group is still the page's text (later-source.ts) until it comes near.
    expect(container.querySelectorAll('[data-part]').length).toBeLessThan(PARTS);
    expect(groups.at(-1)!.querySelector('[data-part]')).toBeNull();
    await act(async () => {
      near(groups.at(-1)!);
      await tick();
    });
    await untilDrawn(groups.at(-1)!);
    expect(within(groups.at(-1) as HTMLElement).getByText(`Text of part ${PARTS - 1}`, { exact: false })).toBeInTheDocument();
    // The last diagram, near the view, is drawn live in place of its static copy: one copy of it, not two.
    const last = [...watched].at(-1);
    expect(last?.textContent).toBe(`flow ${PARTS}`);
    // Until the diagram's code has come, its static copy stays: taken away first, what follows would move up.
    let codeCame = () => {};
    flowCode.ready = new Promise((resolve) => (codeCame = () => resolve(undefined)));
    await act(async () => {
      if (last) near(last);
      await tick();
    });
    expect(drawn).toEqual(['flow 0']);
    expect(last?.textContent).toBe(`flow ${PARTS}`);
    await act(async () => {
      codeCame();
      await tick();
    });
    flowCode.ready = Promise.resolve();
    expect(drawn).toEqual(['flow 0', `flow ${PARTS}`]);
    expect(last?.querySelectorAll('pre')).toHaveLength(1);

    // A link in a later part is followed by the app's router, not the browser.
    const link = within(container).getAllByRole('link', { name: 'another note' }).at(-1);
    const followed = await act(async () => (link ? fireEvent.click(link) : true));
    expect(followed).toBe(false);
    expect(within(container).getByText('The other note')).toBeInTheDocument();
    act(() => root.unmount());
    container.remove();
  });

  test('draws the Copy buttons of a group of later blocks and settles its remote images as it comes near the view, and the buttons copy', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { container, root } = await hydrated();
    const groups = [...container.querySelectorAll('.note-body-group')];
    expect(groups.length).toBeGreaterThan(1);
    // Nothing near yet: no Copy button on the page, no remote image asked for.
    expect(container.querySelectorAll('.code-block').length).toBeGreaterThan(0);
    expect(container.querySelectorAll('.remote-image').length).toBeGreaterThan(0);
    expect(container.querySelectorAll('.remote-image img')).toHaveLength(0);
    expect(within(container).queryAllByRole('button', { name: /^Copy/ })).toEqual([]);
    const last = groups.at(-1)!;
    expect(watched.has(last)).toBe(true);
    await act(async () => {
      near(last);
      await tick();
    });
    await untilDrawn(last);
    // Every code block of that group has its button, and its remote images are loading; the other groups' wait.
    expect([...last.querySelectorAll('.remote-image')].map((image) => image.querySelector('img')?.getAttribute('src'))).toEqual(
      [...last.querySelectorAll('.remote-image')].map((image) => image.getAttribute('data-remote-src')),
    );
    expect(groups[0]!.querySelectorAll('.remote-image img')).toHaveLength(0);
    const copies = within(last as HTMLElement).getAllByRole('button', { name: /^Copy/ });
    expect(copies).toHaveLength(last.querySelectorAll('.code-block').length);
    expect(within(groups[0] as HTMLElement).queryAllByRole('button', { name: /^Copy/ })).toEqual([]);
    await act(async () => {
      fireEvent.click(copies.at(-1)!);
      await tick();
    });
    expect(writeText).toHaveBeenCalledWith(`code of part ${PARTS - 1}`);
    act(() => root.unmount());
    container.remove();
  });
});
