import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { BackTo } from '../../components/BackTo';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDay, formatMoney, formatMonth } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { usePayoutDay } from './data';

/**
 * The payout list on paper: by name, the amount due and an empty signature column. The print
 * stylesheet leaves out the app's header, tabs and buttons and repeats the column heads on every page.
 */
export default function PayoutListPrintPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const { id = '' } = useParams();
  const day = usePayoutDay(id);
  const lines = [...(day.data?.lines ?? [])].sort((a, b) => a.displayName.localeCompare(b.displayName, lang));
  return (
    <Page title={day.data ? t('payout.print.title', { location: day.data.locationName, day: formatDay(day.data.paidOn, lang, true) }) : t('payout.print.titleShort')}
      back={<div className="no-print"><BackTo to={`/payout/days/${id}`} label={t('payout.print.back')} /></div>}>
      {day.isPending ? <Loading /> : day.error ? <ErrorNotice error={day.error} staff /> : (
        <>
          <p>{t('payout.days.forMonth', { month: formatMonth(day.data.month, lang) })}</p>
          <p className="no-print"><button type="button" className="button" onClick={() => window.print()}>{t('payout.print.print')}</button></p>
          <table className="print-list">
            <caption className="visually-hidden">{t('payout.print.caption')}</caption>
            <thead><tr>
              <th scope="col">{t('payout.name')}</th><th scope="col" className="num">{t('payout.print.due')}</th>
              <th scope="col">{t('payout.print.status')}</th><th scope="col" className="signature">{t('payout.print.signature')}</th>
            </tr></thead>
            <tbody>
              {lines.map((l) => (
                <tr key={l.lineId}>
                  <th scope="row">{l.displayName}</th>
                  <td className="num">{formatMoney(l.dueCents, lang)}</td>
                  <td>{l.status === 'PAID' ? t('payout.day.paid') : l.status === 'UNCLAIMED' ? t('payout.day.unclaimed') : ''}</td>
                  <td className="signature" />
                </tr>
              ))}
            </tbody>
            <tfoot><tr>
              <th scope="row">{t('payout.print.total', { count: lines.length })}</th>
              <td className="num">{formatMoney(day.data.reconciliation.totalDueCents, lang)}</td><td /><td />
            </tr></tfoot>
          </table>
          <p className="print-footer">{t('payout.print.paidBy')}</p>
        </>
      )}
    </Page>
  );
}
