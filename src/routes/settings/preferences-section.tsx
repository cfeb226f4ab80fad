import { settingsMessages } from '../../i18n/messages/settings';
import { useT } from '../../i18n/use-t';
import type { RemoteImageMode } from '../../ui/remote-images';
import type { Theme } from '../../store/settings-schema';
import { useSettings } from '../../store/settings';
import { EARLY_PRESS_ATTRIBUTE } from '../../ui/early-presses';
import { RadioChoices, type Choice } from './radio-choices';

// Each language is named in itself, whatever the page's language.
const LANGUAGES = [
  { value: 'en', label: 'English', lang: 'en' },
  { value: 'ko', label: '한국어', lang: 'ko' },
] as const;

/** Interface language, theme, option shuffling and remote images, each saved as soon as it is chosen. */
export function PreferencesSection() {
  const t = useT(settingsMessages);
  const { language, theme, shuffleOptions, remoteImages, update } = useSettings();
  const imageModes: Choice<RemoteImageMode>[] = [
    { value: 'show', label: t('remoteImagesShow') },
    { value: 'off', label: t('remoteImagesOff') },
  ];
  const themes: Choice<Theme>[] = [
    { value: 'system', label: t('themeSystem') },
    { value: 'light', label: t('themeLight') },
    { value: 'dark', label: t('themeDark') },
  ];
  return (
    <section className="card stack" aria-labelledby="settings-preferences">
      <h2 id="settings-preferences">{t('preferences')}</h2>
      <RadioChoices legend={t('language')} name="language" choices={LANGUAGES} value={language} onChange={(value) => update({ language: value })} />
      <RadioChoices legend={t('theme')} name="theme" choices={themes} value={theme} onChange={(value) => update({ theme: value })} />
      <div className="settings-check">
        <label>
          <input type="checkbox" name="shuffleOptions" checked={shuffleOptions} aria-describedby="shuffle-help" {...{ [EARLY_PRESS_ATTRIBUTE]: 'setting' }}
            onChange={(event) => update({ shuffleOptions: event.target.checked })} />
          {t('shuffle')}
        </label>
        <p id="shuffle-help" className="muted">{t('shuffleHelp')}</p>
      </div>
      <RadioChoices legend={t('remoteImages')} name="remoteImages" choices={imageModes} value={remoteImages}
        onChange={(value) => update({ remoteImages: value })} help={t('remoteImagesHelp')} />
    </section>
  );
}
