import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { BackTo } from '../../components/BackTo';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ConfirmStep } from '../../components/ConfirmStep';
import { formatHours, formatMoney, formatMonth } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { useCloseMonth, useLedgerMonths, useStatements } from './data';

/**
 * One month's statements. While the month is open they are the preview of what closing will
 * freeze; closing is confirmed on the page, with the number of peers and the total in view.
 */
export default function MonthPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const { month = '' } = useParams();
  const months = useLedgerMonths();
  const statements = useStatements(month);
  const close = useCloseMonth(month);
  const ledger = months.data?.find((m) => m.month === month);
  const open = ledger?.status !== 'CLOSED';
  const total = statements.data?.reduce((sum, s) => sum + s.totalCents, 0) ?? 0;
  const title = /^\d{4}-\d{2}$/.test(month) ? formatMonth(month, lang) : month;
  return (
    <Page title={t('payout.monthPage.title', { month: title })} back={<BackTo to="/payout/months" label={t('payout.months.title')} />}>
      {statements.isPending || months.isPending ? <Loading />
        : statements.error ? <ErrorNotice error={statements.error} staff />
          : (
            <>
              {close.isSuccess && <div className="notice success" role="status"><p>{t('payout.monthPage.closedNow')}</p></div>}
              {open
                ? <div className="notice"><p>{t('payout.monthPage.preview')}</p></div>
                : !close.isSuccess && <div className="notice success"><p>{t('payout.monthPage.frozen')}</p></div>}
              {statements.data.length === 0 ? <p className="muted">{t('payout.monthPage.none')}</p> : (
                <table>
                  <caption>{open ? t('payout.monthPage.previewCaption') : t('payout.monthPage.statementsCaption')}</caption>
                  <thead><tr>
                    <th scope="col">{t('payout.name')}</th><th scope="col" className="num wide-only">{t('payout.daysCol')}</th>
                    <th scope="col" className="num wide-only">{t('payout.hours')}</th><th scope="col" className="num wide-only">{t('payout.adjustments')}</th>
                    <th scope="col" className="num">{t('payout.total')}</th>
                  </tr></thead>
                  <tbody>
                    {statements.data.map((s) => (
                      <tr key={s.participantId}>
                        <th scope="row"><Link to={`/payout/months/${month}/${s.participantId}`}>{s.displayName}</Link></th>
                        <td className="num wide-only">{s.days}</td>
                        <td className="num wide-only">{formatHours(s.minutes, lang)}</td>
                        <td className="num wide-only">{s.adjustmentCents ? formatMoney(s.adjustmentCents, lang) : '–'}</td>
                        <td className="num">{formatMoney(s.totalCents, lang)}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot><tr>
                    <th scope="row" colSpan={4} className="sum-label">{t('payout.monthPage.sum', { count: statements.data.length })}</th>
                    <td className="num"><strong>{formatMoney(total, lang)}</strong></td>
                  </tr></tfoot>
                </table>
              )}
              {open && ledger && (
                <section className="card" aria-labelledby="close-month">
                  <h2 id="close-month">{t('payout.monthPage.closeTitle')}</h2>
                  <ConfirmStep action={t('payout.monthPage.close')} hint={t('payout.monthPage.closeHint')}
                    question={t('payout.monthPage.confirmText', { count: statements.data.length, total: formatMoney(total, lang), month: title })}
                    yes={t('payout.monthPage.confirm')} no={t('payout.cancel')} pending={close.isPending} error={close.error}
                    onYes={(done) => close.mutate(undefined, { onSettled: done })} />
                </section>
              )}
              {!open && <p><Link to="/payout/days">{t('payout.monthPage.toPayoutDays')}</Link></p>}
            </>
          )}
    </Page>
  );
}
