import { Link } from 'react-router';
import { tagsMessages } from '../../i18n/messages/tags';
import { useT } from '../../i18n/use-t';
import { paths } from '../paths';
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

/** Draws tags as nested lists, each a link to its page followed by its note count. */
export function TagTreeView({ nodes, label, columns = false }: TagTreeViewProps) {
  const t = useT(tagsMessages);
  return (
    <ul className={columns ? 'tag-tree tag-tree-columns' : 'tag-tree'} aria-label={label}>
      {nodes.map((node) => (
        <li key={node.tag}>
          <Link to={paths.tag(node.tag)} className="tag-tree-link"><TagText tag={node.name} /></Link>{' '}
          <span className="muted tag-tree-count">
            {node.count === 1 ? t('noteCountOne') : t('noteCount', { count: node.count })}
          </span>
          {node.children.length > 0 && <TagTreeView nodes={node.children} />}
        </li>
      ))}
    </ul>
  );
}
