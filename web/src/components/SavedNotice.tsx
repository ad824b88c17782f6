import { useTranslation } from 'react-i18next';
import { formatInstant } from '../format/format';
import { currentLang } from '../i18n/i18n';

/** Shown when the page shows what was saved on this device, not a fresh answer. */
export function SavedNotice({ savedAt }: { savedAt?: string }) {
  const { t } = useTranslation();
  if (!savedAt) return null;
  return (
    <div className="notice warning" role="status">
      <p>{t('app.offlineBanner')} {t('saved.at', { when: formatInstant(savedAt, currentLang()) })}</p>
    </div>
  );
}
