import type { NoteSummary } from '../../content/note-summary';
import type { FolderNode } from '../../content/folder-tree';
import { notesMessages } from '../../i18n/messages/notes';
import { useT } from '../../i18n/use-t';
import { NoteList } from '../home/note-list';

/**
 * The notes as the vault's folders hold them: each folder a disclosure with its note count, its own notes
 * first, then the folders inside. The top level starts open, so one click shows what is where.
 */
export function FolderView({ root }: { root: FolderNode<NoteSummary> }) {
  return (
    <div className="notes-folders">
      {root.notes.length > 0 && <NoteList notes={root.notes} />}
      {root.folders.map((folder) => <Folder key={folder.path} folder={folder} open />)}
    </div>
  );
}

function Folder({ folder, open = false }: { folder: FolderNode<NoteSummary>; open?: boolean }) {
  const t = useT(notesMessages);
  return (
    <details className="notes-folder" open={open}>
      <summary>
        <span className="notes-folder-name">{folder.name}</span>{' '}
        <span className="muted">({folder.noteCount === 1 ? t('noteCountOne') : t('noteCount', { count: folder.noteCount })})</span>
      </summary>
      <div className="notes-folder-body">
        {folder.notes.length > 0 && <NoteList notes={folder.notes} />}
        {folder.folders.map((child) => <Folder key={child.path} folder={child} />)}
      </div>
    </details>
  );
}
