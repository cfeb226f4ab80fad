import { Link } from 'react-router';
import home from 'virtual:examflow/home';
import { notesMessages } from '../i18n/messages/notes';
import { useT } from '../i18n/use-t';
import { usePageTitle } from '../ui/use-page-title';
import { HomeRetryLinks } from './home/home-retry-links';
import { NoteList } from './home/note-list';
import { TagGroupList } from './home/tag-group-list';
import { paths } from './paths';

/** The home page: counts, the ways to start studying, notes by tag and the recently updated notes. */
export function HomePage() {
  const t = useT(notesMessages);
  usePageTitle(t('homeTitle'));
  const { noteCount, questionCount, tags, tagCount, untaggedCount, recent } = home;

  return (
    <div className="home">
      <section className="home-hero">
        <h1>{t('homeTitle')}</h1>
        <p className="muted">{t('homeIntro', { notes: noteCount, questions: questionCount, tags: tagCount })}</p>
        {noteCount === 0 ? (
          <p role="status">{t('emptyVault')}</p>
        ) : (
          <div className="row">
            <Link className="btn btn-primary" to={paths.practice({ mode: 'all' })}>{t('practiceAll')}</Link>
            <Link className="btn" to={paths.exam()}>{t('takeExam')}</Link>
            <HomeRetryLinks />
          </div>
        )}
      </section>
      {noteCount > 0 && (
        <div className="home-columns">
          <section aria-labelledby="by-tag">
            <h2 id="by-tag">{t('byTag')}</h2>
            <TagGroupList tags={tags} untagged={untaggedCount} />
            {tagCount > tags.length && (
              <p>
                <Link className="btn" to={paths.tags()}>{t('allTagsLink', { count: tagCount })}</Link>
              </p>
            )}
          </section>
          <section aria-labelledby="recent-notes">
            <h2 id="recent-notes">{t('recentNotes')}</h2>
            <NoteList notes={recent} />
            <p>
              <Link className="btn" to={paths.notes()}>{t('allNotesLink', { count: noteCount })}</Link>
            </p>
          </section>
        </div>
      )}
    </div>
  );
}
