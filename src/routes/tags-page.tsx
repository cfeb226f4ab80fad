import { useMemo } from 'react';
import { notes } from 'virtual:examflow/index';
import { tagsMessages } from '../i18n/messages/tags';
import { useT } from '../i18n/use-t';
import { buildTagTree } from '../search/tag-tree';
import { TagTreeView } from '../search/tag-tree-view';
import { usePageTitle } from '../ui/use-page-title';

/** `/tags`: every tag of the vault as a tree, with note counts. */
export function TagsPage() {
  const t = useT(tagsMessages);
  usePageTitle(t('tagsTitle'));
  const tree = useMemo(() => buildTagTree(notes), []);
  const tagCount = useMemo(() => countTags(tree), [tree]);
  const tagged = notes.filter((n) => n.tags.length > 0).length;
  return (
    <div className="tags-page">
      <h1>{t('tagsTitle')}</h1>
      {tree.length === 0 ? (
        <p role="status">{t('noTags')}</p>
      ) : (
        <>
          <p className="muted">{t('tagsIntro', { tags: tagCount, notes: tagged })}</p>
          <TagTreeView nodes={tree} label={t('treeLabel')} />
        </>
      )}
    </div>
  );
}

function countTags(nodes: ReturnType<typeof buildTagTree>): number {
  return nodes.reduce((sum, node) => sum + 1 + countTags(node.children), 0);
}

export { TagsPage as Component };
