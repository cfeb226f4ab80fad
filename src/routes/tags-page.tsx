import { useMemo } from 'react';
import { notes } from 'virtual:examflow/index';
import { tagsMessages } from '../i18n/messages/tags';
import { useT } from '../i18n/use-t';
import { normalizeTag } from '../content/tags';
import { buildTagTree } from '../search/tag-tree';
import { TagTreeView } from './tags/tag-tree-view';
import { usePageTitle } from '../ui/use-page-title';

/** `/tags`: every tag of the vault as a tree, with note counts. */
export function TagsPage() {
  const t = useT(tagsMessages);
  usePageTitle(t('tagsTitle'));
  const tree = useMemo(() => buildTagTree(notes), []);
  // Counts the tags notes carry, not the parent levels ("service") the tree adds above them.
  const tagCount = useMemo(
    () => new Set(notes.flatMap((n) => n.tags.map((tag: string) => normalizeTag(tag).toLowerCase())).filter(Boolean)).size,
    [],
  );
  const tagged = notes.filter((n) => n.tags.length > 0).length;
  return (
    <div className="tags-page">
      <h1>{t('tagsTitle')}</h1>
      {tree.length === 0 ? (
        <p role="status">{t('noTags')}</p>
      ) : (
        <>
          <p className="muted">{t('tagsIntro', { tags: tagCount, notes: tagged })}</p>
          <TagTreeView nodes={tree} label={t('treeLabel')} columns />
        </>
      )}
    </div>
  );
}

export { TagsPage as Component };
