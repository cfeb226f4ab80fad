// @vitest-environment jsdom
import { act } from '@testing-library/react';
import { PARTS, tick } from '../../../test/long-note-fixture';
import { prerenderedPage } from '../../../test/long-note-page';

// The body's modules stood in for by the long note's fixture (test/long-note-fixture.tsx), whose state they share.
vi.mock('./flow-view', async () => (await import('../../../test/long-note-fixture')).flowViewModule);
vi.mock('../../i18n/use-t', async (original) => (await import('../../../test/long-note-fixture')).useTModule(await original()));
vi.mock('virtual:examflow/note-parts', async () => (await import('../../../test/long-note-fixture')).notePartsModule);

const { runIdle, hydrated } = prerenderedPage();

describe("a long note's pre-rendered page: the groups it keeps as text", () => {
  test('the groups past the first are the page\'s text at first, and once the page is idle every block is an element, as the pre-render wrote it', async () => {
    const { container, root } = await hydrated();
    const groups = [...container.querySelectorAll('.note-body-group')];
    expect(groups.length).toBeGreaterThan(2);
    // The first group is elements from the start; the others one <noscript> each.
    expect(groups[0]!.querySelector('noscript[data-later-source]')).toBeNull();
    for (const group of groups.slice(1)) expect([...group.children].filter((child) => child.localName === 'noscript')).toHaveLength(1);
    expect(container.querySelector(`#heading-${PARTS - 1}`)).toBeNull();
    await runIdle();
    expect(container.querySelectorAll('noscript[data-later-source]')).toHaveLength(0);
    expect([...container.querySelectorAll('[data-part]')].map((part) => Number(part.getAttribute('data-part')))).toEqual(Array.from({ length: PARTS }, (_, i) => i));
    expect(container.querySelectorAll('.code-block')).toHaveLength(PARTS);
    // Each remote image as the build wrote it: its image in a <noscript>, never fetched until the reader says.
    expect(container.querySelectorAll('.remote-image > noscript')).toHaveLength(PARTS);
    expect(container.querySelectorAll('img, [data-later-noscript]')).toHaveLength(0);
    expect(container.querySelector(`#heading-${PARTS - 1}`)?.textContent).toBe(`Part ${PARTS - 1}`);
    // No parser yield point comes into the page with them: only the one after each <noscript> is there.
    expect(container.querySelectorAll('script')).toHaveLength(groups.length - 1);
    act(() => root.unmount());
    container.remove();
  });

  test('opened with a link to a heading in a group still held as text, the page draws that group at once and scrolls to the heading', async () => {
    const scrolled: Element[] = [];
    const scrollIntoView = vi.fn(function (this: Element) {
      scrolled.push(this);
    });
    Element.prototype.scrollIntoView = scrollIntoView;
    const id = `heading-${PARTS - 1}`;
    window.location.hash = `#${id}`;
    try {
      const { container, root } = await hydrated();
      expect(scrolled.map((element) => element.id)).toEqual([id]);
      expect(container.querySelector(`[id="${id}"]`)?.textContent).toBe(`Part ${PARTS - 1}`);
      // The groups between are left to the idle drawing.
      expect(container.querySelectorAll('noscript[data-later-source]').length).toBeGreaterThan(0);
      // A later change of the address's fragment to a heading still held as text lands too.
      const groups = [...container.querySelectorAll('.note-body-group')];
      const held = groups.slice(1).find((group) => group.querySelector('noscript[data-later-source]'));
      const target = /id="([^"]+)"/.exec(held?.querySelector('noscript[data-later-source]')?.textContent ?? '')?.[1] ?? '';
      expect(target).not.toBe('');
      window.location.hash = `#${target}`;
      await act(async () => {
        window.dispatchEvent(new HashChangeEvent('hashchange'));
        await tick();
      });
      expect(scrolled.map((element) => element.id)).toEqual([id, target]);
      act(() => root.unmount());
      container.remove();
    } finally {
      window.location.hash = '';
      Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
    }
  });
});
