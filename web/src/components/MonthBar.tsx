import { useTranslation } from 'react-i18next';
import { addMonths, formatMonth } from '../format/format';
import { currentLang } from '../i18n/i18n';

/** The month shown (YYYY-MM) with buttons to the previous and the next one; the change is announced. */
export function MonthBar({ month, onChange, narrow }: { month: string; onChange: (month: string) => void; narrow?: boolean }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <div className={narrow ? 'month-bar narrow-bar' : 'month-bar'}>
      <button type="button" className="icon-button" aria-label={t('app.previousMonth', { month: formatMonth(addMonths(month, -1), lang) })}
        onClick={() => onChange(addMonths(month, -1))}>‹</button>
      <h2 aria-live="polite">{formatMonth(month, lang)}</h2>
      <button type="button" className="icon-button" aria-label={t('app.nextMonth', { month: formatMonth(addMonths(month, 1), lang) })}
        onClick={() => onChange(addMonths(month, 1))}>›</button>
    </div>
  );
}
