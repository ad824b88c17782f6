import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDay, formatHours, formatMoney, formatMonth } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { payouts, unwrap } from '../../api/client';
import type { StatementDetail } from '../../api/types';
import { BackTo } from '../shifts/ShiftPage';

export default function StatementPage() {
  const { t, i18n } = useTranslation();
  const lang = currentLang();
  const { month = '' } = useParams();
  const detail = useQuery({
    queryKey: ['my-statement', month],
    queryFn: async () => (await unwrap(payouts.GET('/api/payouts/my/statements/{month}', { params: { path: { month } } }))) as StatementDetail,
  });
  const s = detail.data?.statement;
  return (
    <Page title={`${t('money.statement')}: ${/^\d{4}-\d{2}$/.test(month) ? formatMonth(month, lang) : month}`}
      back={<BackTo to="/money" label={t('money.title')} />}>
      {detail.isPending ? <Loading /> : detail.error ? <ErrorNotice error={detail.error} /> : s && (
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
              {detail.data!.entries.map((e) => (
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
      )}
    </Page>
  );
}
