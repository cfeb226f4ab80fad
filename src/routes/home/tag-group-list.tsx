import { useLayoutEffect, useRef, useState } from 'react';
import type { TagCount } from '../../content/home-data';
import { notesMessages } from '../../i18n/messages/notes';
import { useT } from '../../i18n/use-t';
import { NoteList } from './note-list';
import { TagText } from '../../ui/tag-text';
import { useNoteIndex } from './use-note-index';

/** The notes of one tag (null: untagged notes), loaded with the note index when first opened. */
function TagNotes({ tag }: { tag: string | null }) {
  const t = useT(notesMessages);
  const notes = useNoteIndex(true);
  if (!notes) return <p className="muted" role="status">{t('loading')}</p>;
  return <NoteList notes={notes.filter((n) => (tag === null ? n.tags.length === 0 : n.tags.includes(tag)))} />;
}

/**
 * One disclosure per tag with its note count; a group's notes are only loaded and drawn once opened,
 * so a vault of thousands of notes keeps the home page light. A group opened before the app ran (a pre-rendered
 * `<details>` opens by itself, empty) gets its notes as the app starts.
 */
export function TagGroupList({ tags, untagged }: { tags: TagCount[]; untagged: number }) {
  const t = useT(notesMessages);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const list = useRef<HTMLUListElement>(null);
  const groups: { key: string; tag: string | null; count: number }[] = [
    ...tags.map(({ tag, count }) => ({ key: tag, tag, count })),
    ...(untagged > 0 ? [{ key: '', tag: null, count: untagged }] : []),
  ];
  // Once, as the app starts and before it paints: the groups the page was left showing open (their toggle events
  // went by before the app listened), read against the groups it was drawn with.
  useLayoutEffect(() => {
    const details = list.current?.querySelectorAll<HTMLDetailsElement>(':scope > li > details') ?? [];
    const opened = groups.filter((_, i) => details[i]?.open).map((group) => group.key);
    if (opened.length > 0) setOpen(new Set(opened));
  }, []);
  return (
    <ul className="home-tag-groups" ref={list}>
      {groups.map(({ key, tag, count }) => (
        <li key={key}>
          <details
            open={open.has(key)}
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
              <span className="home-tag-name">{tag === null ? t('untagged') : <TagText tag={tag} />}</span>{' '}
              <span className="muted">{count === 1 ? t('noteCountOne') : t('noteCount', { count })}</span>
            </summary>
            {open.has(key) && <TagNotes tag={tag} />}
          </details>
        </li>
      ))}
    </ul>
  );
}
