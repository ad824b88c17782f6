import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatInstant, formatMoney, formatMonth } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { useLedgerMonths } from './data';

/** The ledger's months, newest first: open ones are provisional, closed ones are frozen statements. */
export default function MonthsPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const months = useLedgerMonths();
  return (
    <Page title={t('payout.months.title')}>
      <p>{t('payout.months.intro')}</p>
      {months.isPending ? <Loading /> : months.error ? <ErrorNotice error={months.error} staff />
        : months.data.length === 0 ? <p className="muted">{t('payout.months.none')}</p> : (
          <table>
            <caption className="visually-hidden">{t('payout.months.title')}</caption>
            <thead><tr>
              <th scope="col">{t('payout.month')}</th><th scope="col">{t('payout.status')}</th>
              <th scope="col" className="num">{t('payout.peers')}</th><th scope="col" className="num">{t('payout.total')}</th>
            </tr></thead>
            <tbody>
              {months.data.map((m) => (
                <tr key={m.month}>
                  <th scope="row"><Link to={`/payout/months/${m.month}`}>{formatMonth(m.month, lang)}</Link></th>
                  <td>{m.status === 'CLOSED'
                    ? <><span className="tag success">{t('payout.months.closed')}</span>
                      {m.closedAt && <><br /><span className="small muted">{formatInstant(m.closedAt, lang)}</span></>}</>
                    : <span className="tag warning">{t('payout.months.open')}</span>}</td>
                  <td className="num">{m.peers}</td>
                  <td className="num">{formatMoney(m.totalCents, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
    </Page>
  );
}
