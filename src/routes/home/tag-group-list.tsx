import { useState } from 'react';
import type { TagGroup } from '../../content/tag-groups';
import { notesMessages } from '../../i18n/messages/notes';
import { useT } from '../../i18n/use-t';
import { NoteList } from './note-list';

/**
 * One disclosure per tag with its note count; a group's notes are only rendered once opened, so a
 * vault of thousands of notes keeps the home page light.
 */
export function TagGroupList({ groups }: { groups: TagGroup[] }) {
  const t = useT(notesMessages);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  return (
    <ul className="tag-groups">
      {groups.map((group) => {
        const key = group.tag ?? '';
        const isOpen = open.has(key);
        return (
          <li key={key}>
            <details
              open={isOpen}
              onToggle={(e) => {
                const nowOpen = (e.currentTarget as HTMLDetailsElement).open;
                setOpen((prev) => {
                  const next = new Set(prev);
                  if (nowOpen) next.add(key);
                  else next.delete(key);
                  return next;
                });
              }}
            >
              <summary>
                <span className="tag-name">{group.tag ?? t('untagged')}</span>{' '}
                <span className="muted">{group.notes.length === 1 ? t('noteCountOne') : t('noteCount', { count: group.notes.length })}</span>
              </summary>
              {isOpen && <NoteList notes={group.notes} />}
            </details>
          </li>
        );
      })}
    </ul>
  );
}
