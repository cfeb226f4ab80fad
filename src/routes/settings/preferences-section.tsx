import { settingsMessages } from '../../i18n/messages/settings';
import { useT } from '../../i18n/use-t';
import type { RemoteImageMode } from '../../ui/remote-images';
import type { Theme } from '../../store/settings-schema';
import { useSettings } from '../../store/settings';

const LANGUAGES = [
  { value: 'en', label: 'English' },
  { value: 'ko', label: '한국어' },
] as const;

/** Interface language, theme, option shuffling and remote images, each saved as soon as it is chosen. */
export function PreferencesSection() {
  const t = useT(settingsMessages);
  const { language, theme, shuffleOptions, remoteImages, update } = useSettings();
  const imageModes: { value: RemoteImageMode; label: string }[] = [
    { value: 'show', label: t('remoteImagesShow') },
    { value: 'off', label: t('remoteImagesOff') },
  ];
  const themes: { value: Theme; label: string }[] = [
    { value: 'system', label: t('themeSystem') },
    { value: 'light', label: t('themeLight') },
    { value: 'dark', label: t('themeDark') },
  ];
  return (
    <section className="card stack" aria-labelledby="settings-preferences">
      <h2 id="settings-preferences">{t('preferences')}</h2>
      <fieldset className="settings-choices">
        <legend>{t('language')}</legend>
        {LANGUAGES.map((option) => (
          <label key={option.value} lang={option.value}>
            <input type="radio" name="language" value={option.value} checked={language === option.value}
              onChange={() => update({ language: option.value })} />
            {option.label}
          </label>
        ))}
      </fieldset>
      <fieldset className="settings-choices">
        <legend>{t('theme')}</legend>
        {themes.map((option) => (
          <label key={option.value}>
            <input type="radio" name="theme" value={option.value} checked={theme === option.value}
              onChange={() => update({ theme: option.value })} />
            {option.label}
          </label>
        ))}
      </fieldset>
      <div className="settings-check">
        <label>
          <input type="checkbox" checked={shuffleOptions} aria-describedby="shuffle-help"
            onChange={(event) => update({ shuffleOptions: event.target.checked })} />
          {t('shuffle')}
        </label>
        <p id="shuffle-help" className="muted">{t('shuffleHelp')}</p>
      </div>
      <fieldset className="settings-choices" aria-describedby="remote-images-help">
        <legend>{t('remoteImages')}</legend>
        {imageModes.map((option) => (
          <label key={option.value}>
            <input type="radio" name="remote-images" value={option.value} checked={remoteImages === option.value}
              onChange={() => update({ remoteImages: option.value })} />
            {option.label}
          </label>
        ))}
        <p id="remote-images-help" className="muted">{t('remoteImagesHelp')}</p>
      </fieldset>
    </section>
  );
}
