import { useTranslation } from 'react-i18next';
import { formatDay, formatHours, formatMoney } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import type { StatementDetail } from '../../api/types';

/** A month's statement: the totals, then every ledger entry (accruals, caps, reversals, adjustments). */
export function StatementView({ detail }: { detail: StatementDetail }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang();
  const s = detail.statement;
  return (
    <>
      {!s.frozen && <div className="notice"><p>{t('money.provisional')}</p></div>}
      <dl className="card">
        <dt className="muted">{t('money.total')}</dt><dd className="when">{formatMoney(s.totalCents, lang)}</dd>
        <dt className="muted">{t('money.days')}</dt><dd>{s.days}</dd>
        <dt className="muted">{t('money.hours')}</dt><dd>{formatHours(s.minutes, lang)}</dd>
        {s.adjustmentCents !== 0 && <><dt className="muted">{t('money.adjustments')}</dt><dd>{formatMoney(s.adjustmentCents, lang)}</dd></>}
      </dl>
      <table>
        <caption>{t('money.entries')}</caption>
        <thead><tr><th scope="col">{t('money.date')}</th><th scope="col">{t('money.kindCol')}</th>
          <th scope="col" className="num">{t('money.hours')}</th><th scope="col" className="num">{t('money.amount')}</th></tr></thead>
        <tbody>
          {detail.entries.map((e) => (
            <tr key={e.entryId}>
              <td className="day">{formatDay(e.date, lang)}</td>
              <td>{i18n.exists(`money.kind.${e.kind}`) ? t(`money.kind.${e.kind}`) : t('money.kind.REPRICE')}</td>
              <td className="num">{formatHours(e.minutes, lang)}</td>
              <td className="num">{formatMoney(e.amountCents, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
