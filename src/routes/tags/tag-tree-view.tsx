import { memo, type MouseEvent } from 'react';
import { tagsMessages } from '../../i18n/messages/tags';
import { useT } from '../../i18n/use-t';
import { paths } from '../paths';
import { usePlainLinks } from '../plain-links';
import type { TagNode } from '../../search/tag-tree';
import { TagText } from '../../ui/tag-text';

/** Props of {@link TagTreeView}. */
export interface TagTreeViewProps {
  nodes: TagNode[];
  /** Names the outermost list for assistive technology. */
  label?: string;
  /** Flow top-level tags into columns on wide screens (the full tree page). */
  columns?: boolean;
}

/**
 * Draws tags as nested lists, each a link to its page followed by its note count: plain links, followed by
 * one click handler on the outermost list (usePlainLinks), as the full tree has hundreds of tags. Memoized:
 * the page around it draws itself again once hydrated and when the status source arrives, and the tree of a
 * broad tag would be drawn again with it, tag by tag, for no change.
 */
export const TagTreeView = memo(function TagTreeView({ nodes, label, columns = false }: TagTreeViewProps) {
  const t = useT(tagsMessages);
  const links = usePlainLinks();
  const count = (node: TagNode) => (node.count === 1 ? t('noteCountOne') : t('noteCount', { count: node.count }));
  return <TagList nodes={nodes} href={links.href} count={count} label={label} columns={columns} onClick={links.onClick} />;
});

interface TagListProps {
  nodes: TagNode[];
  href: (to: string) => string;
  count: (node: TagNode) => string;
  label?: string;
  columns?: boolean;
  onClick?: (event: MouseEvent<HTMLElement>) => void;
}

function TagList({ nodes, href, count, label, columns = false, onClick }: TagListProps) {
  return (
    <ul className={columns ? 'tag-tree tag-tree-columns' : 'tag-tree'} aria-label={label} onClick={onClick}>
      {nodes.map((node) => (
        <li key={node.tag}>
          <a href={href(paths.tag(node.tag))} className="tag-tree-link"><TagText tag={node.name} /></a>{' '}
          <span className="muted tag-tree-count">{count(node)}</span>
          {node.children.length > 0 && <TagList nodes={node.children} href={href} count={count} />}
        </li>
      ))}
    </ul>
  );
}
