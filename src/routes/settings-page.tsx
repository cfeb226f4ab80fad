import { settingsMessages } from '../i18n/messages/settings';
import { useT } from '../i18n/use-t';
import { usePageTitle } from '../ui/use-page-title';
import { RouteError } from './route-error';
import { DataSection } from './settings/data-section';
import { ExamSection } from './settings/exam-section';
import { PreferencesSection } from './settings/preferences-section';
import './settings/settings-page.css';

/** Settings: preferences, the exam's shape, and the saved progress (export, import, reset, kept backups). */
export function SettingsPage() {
  const t = useT(settingsMessages);
  usePageTitle(t('title'));
  return (
    <div className="settings-page stack">
      <h1>{t('title')}</h1>
      <PreferencesSection />
      <ExamSection />
      <DataSection />
    </div>
  );
}

export { SettingsPage as Component, RouteError as ErrorBoundary };
