import { Link } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SavedNotice } from '../../components/SavedNotice';
import { dayOf, formatDay, formatInstant, formatMoney, formatMonth, monthOf, today } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { nextPayout, paidAmount, useMyPayments, useMyStatements } from '../../data/peer';
import { payouts, unwrap } from '../../api/client';
import type { MyPayment } from '../../api/types';

export default function MoneyPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const statements = useMyStatements();
  const payments = useMyPayments();
  const thisMonth = statements.data?.find((s) => s.month === monthOf(today()) && !s.frozen);
  const closed = statements.data?.filter((s) => s.frozen) ?? [];
  const payout = nextPayout(payments.data);
  const toAcknowledge = payments.data?.filter((p) => p.status === 'PAID' && !p.acknowledgedAt) ?? [];
  const acknowledged = payments.data?.filter((p) => p.acknowledgedAt) ?? [];
  return (
    <Page title={t('money.title')}>
      <SavedNotice savedAt={payments.savedAt} />
      <p className="muted">{t('money.rule')}</p>
      <section aria-labelledby="next-payout">
        <h2 id="next-payout">{t('money.nextPayout')}</h2>
        {payments.isPending ? <Loading /> : payments.error ? <ErrorNotice error={payments.error} /> : (
          <p className="card">{payout ? t('money.payoutDetail', {
            day: formatDay(payout.paidOn, lang), place: payout.locationName, amount: formatMoney(payout.dueCents, lang),
          }) : t('money.noPayout')}</p>
        )}
      </section>
      {toAcknowledge.length > 0 && (
        <section aria-labelledby="acknowledge">
          <h2 id="acknowledge">{t('money.toAcknowledge')}</h2>
          {toAcknowledge.map((p) => <Acknowledge key={p.lineId} payment={p} />)}
        </section>
      )}
      {!statements.error && (
        <section aria-labelledby="this-month">
          <h2 id="this-month">{t('money.thisMonth')}</h2>
          {statements.isPending ? <Loading /> : thisMonth ? (
            <div className="card">
              <p className="when">{t('money.soFar', { amount: formatMoney(thisMonth.totalCents, lang), days: thisMonth.days })}</p>
              <p className="muted">{t('money.provisional')}</p>
              <Link to={`/money/${thisMonth.month}`}>{t('money.statement')}</Link>
            </div>
          ) : <p>{t('money.nothingYet')}</p>}
        </section>
      )}
      <section aria-labelledby="closed">
        <h2 id="closed">{t('money.closedMonths')}</h2>
        {statements.isPending ? <Loading /> : statements.error ? <ErrorNotice error={statements.error} />
          : !closed.length ? <p>{t('money.noClosed')}</p> : (
            <ul className="list">
              {closed.map((s) => (
                <li key={s.month} className="link-item">
                  <Link to={`/money/${s.month}`}>
                    <span className="title">{t('money.monthTotal', { month: formatMonth(s.month, lang), amount: formatMoney(s.totalCents, lang) })}</span>
                    <br /><span className="muted">{t('money.days')}: {s.days}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        {acknowledged.map((p) => (
          <p key={p.lineId} className="muted small">
            {t('money.paidOn', { when: formatDay(paidDay(p), lang), amount: formatMoney(paidAmount(p), lang) })}
            {' · '}{t('money.acknowledged', { when: formatInstant(p.acknowledgedAt!, lang) })}
          </p>
        ))}
      </section>
    </Page>
  );
}

/** The day the cash was handed over (the payout day's planned date if the time was not recorded). */
function paidDay(p: MyPayment): string {
  return p.paidAt ? dayOf(p.paidAt) : p.paidOn;
}

function Acknowledge({ payment }: { payment: MyPayment }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const queryClient = useQueryClient();
  const ack = useMutation({
    mutationFn: () => unwrap(payouts.POST('/api/payouts/my/payments/{lineId}/acknowledgement', {
      params: { path: { lineId: payment.lineId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['my-payments'] }),
  });
  return (
    <div className="card">
      <p className="when">{t('money.paidOn', { when: formatDay(paidDay(payment), lang), amount: formatMoney(paidAmount(payment), lang) })}</p>
      <p>{payment.locationName}, {formatMonth(payment.month, lang)}</p>
      {ack.error && <ErrorNotice error={ack.error} />}
      <button type="button" className="button" disabled={ack.isPending} onClick={() => ack.mutate()}>{t('money.received')}</button>
    </div>
  );
}
