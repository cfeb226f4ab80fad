import { useMemo } from 'react';
import { Link } from 'react-router';
import { notes } from 'virtual:examflow/index';
import { groupByTag } from '../content/tag-groups';
import { notesMessages } from '../i18n/messages/notes';
import { useT } from '../i18n/use-t';
import { usePageTitle } from '../ui/use-page-title';
import { NoteList } from './home/note-list';
import { TagGroupList } from './home/tag-group-list';
import { paths } from './paths';
import './home-page.css';

/** The home page: counts, the ways to start studying, and every note grouped by tag. */
export function HomePage() {
  const t = useT(notesMessages);
  usePageTitle(t('homeTitle'));
  const groups = useMemo(() => groupByTag(notes), []);
  const questions = notes.reduce((sum, n) => sum + n.questionCount, 0);

  return (
    <div className="home">
      <section className="home-hero">
        <h1>{t('homeTitle')}</h1>
        <p className="muted">
          {t('homeIntro', { notes: notes.length, questions, tags: groups.filter((g) => g.tag).length })}
        </p>
        {notes.length === 0 ? (
          <p role="status">{t('emptyVault')}</p>
        ) : (
          <div className="row">
            <Link className="btn btn-primary" to={paths.practice({ mode: 'all' })}>{t('practiceAll')}</Link>
            <Link className="btn" to={paths.exam()}>{t('takeExam')}</Link>
          </div>
        )}
      </section>
      {notes.length > 0 && (
        <div className="home-columns">
          <section aria-labelledby="by-tag">
            <h2 id="by-tag">{t('byTag')}</h2>
            <TagGroupList groups={groups} />
          </section>
          <section aria-labelledby="all-notes">
            <h2 id="all-notes">{t('allNotes')}</h2>
            <NoteList notes={notes} />
          </section>
        </div>
      )}
    </div>
  );
}
