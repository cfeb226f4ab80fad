import { settingsMessages } from '../i18n/messages/settings';
import { useT } from '../i18n/use-t';
import { notes } from 'virtual:examflow/index';
import { usePageTitle } from '../ui/use-page-title';
import { liveQuestionsOf } from '../quiz/live-questions';
import { RouteError } from './route-error';
import { DataSection } from './settings/data-section';
import { ExamSection } from './settings/exam-section';
import { OrphanedProgress } from './settings/orphaned-progress';
import { PreferencesSection } from './settings/preferences-section';

const live = liveQuestionsOf(notes);

/** Settings: preferences, the exam's shape, and the saved progress (export, import, reset, kept backups), and progress whose question is gone. */
export function SettingsPage() {
  const t = useT(settingsMessages);
  usePageTitle(t('title'));
  return (
    <div className="settings-page stack">
      <h1>{t('title')}</h1>
      <PreferencesSection />
      <ExamSection />
      <DataSection />
      <OrphanedProgress live={live.ids} />
    </div>
  );
}

export { SettingsPage as Component, RouteError as ErrorBoundary };
