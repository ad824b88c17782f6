import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { MonthBar } from '../../components/MonthBar';
import { Loading } from '../../components/Loading';
import { ErrorNotice, useErrorText } from '../../components/ErrorNotice';
import { addMonths, formatHours, formatMoney, monthOf, today } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { payouts } from '../../api/client';
import { ApiError } from '../../api/problem';
import { useFunderReport } from './data';

/**
 * The funder report: activity money per programme and location, without names. A bar chart for the
 * eye (hidden from screen readers) beside the same figures as a table, and the CSV the service writes.
 */
export default function ReportPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const [month, setMonth] = useState(addMonths(monthOf(today()), -1));
  const report = useFunderReport(month);
  const rows = report.data ?? [];
  const max = Math.max(1, ...rows.map((r) => r.totalCents));
  return (
    <Page title={t('payout.report.title')}>
      <p>{t('payout.report.intro')}</p>
      <MonthBar month={month} onChange={setMonth} narrow />
      {report.isPending ? <Loading /> : report.error ? <ErrorNotice error={report.error} staff />
        : rows.length === 0 ? <p className="muted">{t('payout.report.none')}</p> : (
          <>
            {!rows.every((r) => r.closed) && <div className="notice"><p>{t('payout.report.provisional')}</p></div>}
            <div className="chart-and-table">
              <div className="bars money" aria-hidden="true">
                {rows.map((r) => (
                  <div key={`${r.programmeCode}-${r.locationId}`} className="bar-row">
                    <span className="bar-label">{r.locationName}</span>
                    <span className="bar" style={{ width: `${(r.totalCents / max) * 100}%` }} />
                    <span className="bar-value">{formatMoney(r.totalCents, lang)}</span>
                  </div>
                ))}
              </div>
              <table>
                <caption>{t('payout.report.caption')}</caption>
                <thead><tr>
                  <th scope="col">{t('payout.location')}</th><th scope="col" className="num">{t('payout.peers')}</th>
                  <th scope="col" className="num wide-only">{t('payout.daysCol')}</th><th scope="col" className="num wide-only">{t('payout.hours')}</th>
                  <th scope="col" className="num">{t('payout.total')}</th>
                </tr></thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={`${r.programmeCode}-${r.locationId}`}>
                      <th scope="row">{r.locationName}<br /><span className="small muted">{r.programmeCode}</span></th>
                      <td className="num">{r.peers}</td><td className="num wide-only">{r.days}</td>
                      <td className="num wide-only">{formatHours(r.minutes, lang)}</td><td className="num">{formatMoney(r.totalCents, lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      <CsvDownload month={month} />
    </Page>
  );
}

/** The CSV comes from the service (Accept: text/csv), fetched with the token and handed to the browser as a file. */
function CsvDownload({ month }: { month: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText(true);
  const [error, setError] = useState<unknown>(null);
  const download = async () => {
    setError(null);
    try {
      const { data, response } = await payouts.GET('/api/payouts/reports/monthly', {
        params: { query: { month } }, headers: { Accept: 'text/csv' }, parseAs: 'blob',
      });
      if (!response.ok || !data) throw new ApiError(response.status);
      const url = URL.createObjectURL(data as Blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `activity-money-${month}.csv`;
      document.body.append(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(url);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0));
    }
  };
  return (
    <p>
      <button type="button" className="button secondary" onClick={() => void download()}>{t('payout.report.csv')}</button>
      {error !== null && <span className="error-text" role="alert"> {errorText(error)}</span>}
    </p>
  );
}
