// @vitest-environment jsdom
import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { TagGroupList } from './tag-group-list';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The note index, as it arrives once a group is opened.
vi.mock('./use-note-index', () => ({
  useNoteIndex: () => [
    { slug: 'kms', file: 'kms.md', title: 'KMS keys', tags: ['aws/kms'], aliases: [], questionCount: 1, questionIds: ['q1'], errorCount: 0 },
    { slug: 'glue', file: 'glue.md', title: 'Glue crawlers', tags: ['aws/glue'], aliases: [], questionCount: 2, questionIds: ['q2', 'q3'], errorCount: 0 },
  ],
}));

const list = <MemoryRouter><TagGroupList tags={[{ tag: 'aws/kms', count: 1 }, { tag: 'aws/glue', count: 1 }]} untagged={0} /></MemoryRouter>;

test('a tag group opened before the app ran (the pre-rendered disclosure opens by itself) shows its notes once the app runs', async () => {
  const container = document.createElement('div');
  container.innerHTML = renderToString(list);
  document.body.append(container);
  const [kms, glue] = [...container.querySelectorAll('details')];
  // The reader opened the glue group before the app started: the browser opened it, with nothing inside.
  const toggled = new Promise((resolve) => glue!.addEventListener('toggle', resolve, { once: true }));
  glue!.open = true;
  // Its toggle event went by before the app listened, as the app's scripts arrive long after a press.
  await toggled;
  const root = await act(async () => hydrateRoot(container, list));
  await vi.waitFor(() => expect(glue!.querySelector('a')?.textContent).toBe('Glue crawlers'));
  expect(kms!.open).toBe(false);
  expect(kms!.querySelector('a')).toBeNull();
  act(() => root.unmount());
  container.remove();
});
