import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import type { Reconciliation as Figures } from '../../api/types';

/** Paid + unclaimed + outstanding = due, and whether the lines add up to the ledger's closed month. */
export function Reconciliation({ reconciliation: r }: { reconciliation: Figures }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <section className="card" aria-labelledby="reconciliation">
      <h2 id="reconciliation">{t('payout.reconciliation.title')}</h2>
      <table>
        <caption className="visually-hidden">{t('payout.reconciliation.title')}</caption>
        <tbody>
          <tr><th scope="row">{t('payout.reconciliation.paid')}</th><td className="num">{formatMoney(r.paidCents, lang)}</td></tr>
          <tr><th scope="row">{t('payout.reconciliation.unclaimed')}</th><td className="num">{formatMoney(r.unclaimedCents, lang)}</td></tr>
          <tr><th scope="row">{t('payout.reconciliation.outstanding')}</th><td className="num">{formatMoney(r.outstandingCents, lang)}</td></tr>
          <tr><th scope="row">{t('payout.reconciliation.due')}</th><td className="num"><strong>{formatMoney(r.totalDueCents, lang)}</strong></td></tr>
        </tbody>
      </table>
      {r.balanced
        ? <p className="notice success">{t('payout.reconciliation.balanced', { month: formatMoney(r.ledgerMonthCents, lang) })}</p>
        : <p className="notice alert">{t('payout.reconciliation.unbalanced', { ledger: formatMoney(r.ledgerMonthCents, lang), lines: formatMoney(r.linesMonthCents, lang) })}</p>}
    </section>
  );
}
