import { useTranslation } from 'react-i18next';
import { LANGUAGES, changeLanguage, currentLang } from '../i18n/i18n';
import type { Lang } from '../format/format';

export function LanguageSelect() {
  const { t } = useTranslation();
  return (
    <label>
      <span>{t('app.language')}</span>
      <select value={currentLang()} onChange={(e) => void changeLanguage(e.target.value as Lang)}>
        {LANGUAGES.map((l) => <option key={l.code} value={l.code} lang={l.code}>{l.name}</option>)}
      </select>
    </label>
  );
}
