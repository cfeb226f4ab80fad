import { useId } from 'react';
import type { TagCount } from '../../content/home-data';
import { statusMessages } from '../../i18n/messages/status';
import { useT } from '../../i18n/use-t';
import { STATUS_FILTERS, type NoteFilters, type StatusFilter } from '../../progress/note-filters';

const STATUS_KEYS = { untried: 'statusUntried', wrong: 'statusWrong', right: 'statusRight', flagged: 'statusFlagged' } as const;

/** Props of {@link NotesFilters}. */
export interface NotesFiltersProps {
  filters: NoteFilters;
  /** The tags to offer; leave out where the list is one tag's already (a tag page). */
  tags?: TagCount[];
  /** Offer list or folders (All notes); a tag page lists its notes only. */
  views?: boolean;
  onChange: (next: NoteFilters) => void;
}

/** The notes list's controls: status, tag and list or folders; each change goes to `onChange` (and the URL). */
export function NotesFilters({ filters, tags, views = true, onChange }: NotesFiltersProps) {
  const t = useT(statusMessages);
  const id = useId();
  return (
    <form className="notes-filters" aria-label={t('filtersLabel')} onSubmit={(event) => event.preventDefault()}>
      {/* Each label stays beside its control when the row wraps on a phone. */}
      <div className="notes-filter">
        <label htmlFor={`${id}-status`}>{t('statusLabel')}</label>
        <select id={`${id}-status`} value={filters.status ?? ''} onChange={(event) => onChange({ ...filters, status: (event.target.value || null) as StatusFilter | null })}>
          <option value="">{t('statusAll')}</option>
          {STATUS_FILTERS.map((status) => <option key={status} value={status}>{t(STATUS_KEYS[status])}</option>)}
        </select>
      </div>
      {tags && (
        <div className="notes-filter">
          <label htmlFor={`${id}-tag`}>{t('tagLabel')}</label>
          <select id={`${id}-tag`} value={filters.tag ?? ''} onChange={(event) => onChange({ ...filters, tag: event.target.value || null })}>
            <option value="">{t('tagAll')}</option>
            {filters.tag && !tags.some((tag) => tag.tag === filters.tag) && <option value={filters.tag}>{filters.tag}</option>}
            {tags.map((tag) => <option key={tag.tag} value={tag.tag}>{tag.tag} ({tag.count})</option>)}
          </select>
        </div>
      )}
      {views && <fieldset className="notes-view">
        <legend>{t('viewLabel')}</legend>
        {(['list', 'folders'] as const).map((view) => (
          <label key={view}>
            <input type="radio" name={`${id}-view`} value={view} checked={filters.view === view} onChange={() => onChange({ ...filters, view })} />
            {view === 'list' ? t('viewList') : t('viewFolders')}
          </label>
        ))}
      </fieldset>}
    </form>
  );
}
