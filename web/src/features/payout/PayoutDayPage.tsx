import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { BackTo } from '../../components/BackTo';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ConfirmStep } from '../../components/ConfirmStep';
import { formatDay, formatInstant, formatMoney, formatMonth } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { payouts, unwrap } from '../../api/client';
import type { PayoutDay, PayoutLine } from '../../api/types';
import { usePayoutDay, usePayoutDayChange } from './data';
import { Reconciliation } from './Reconciliation';

/**
 * The cash payout day at the lobby: find the person, hand over the amount due, mark it paid (the
 * service checks the amount against what is due), see who is still unpaid, and close the day.
 */
export default function PayoutDayPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const { id = '' } = useParams();
  const day = usePayoutDay(id);
  const [search, setSearch] = useState('');
  return (
    <Page title={day.data ? t('payout.day.title', { location: day.data.locationName, day: formatDay(day.data.paidOn, lang, true) }) : t('payout.days.title')}
      back={<BackTo to="/payout/days" label={t('payout.days.title')} />}>
      {day.isPending ? <Loading /> : day.error ? <ErrorNotice error={day.error} staff /> : (
        <>
          <p>{t('payout.days.forMonth', { month: formatMonth(day.data.month, lang) })}{' '}
            {day.data.status === 'OPEN' ? <span className="tag warning">{t('payout.days.open')}</span>
              : <span className="tag success">{t('payout.days.closed')}</span>}</p>
          <Unpaid day={day.data} />
          <h2 id="lines-title">{t('payout.day.linesLabel')}</h2>
          <div className="field search-bar">
            <label className="label" htmlFor="line-search">{t('payout.day.find')}</label>
            <input id="line-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} autoComplete="off" />
          </div>
          <Lines day={day.data} search={search} />
          <p><Link to={`/payout/days/${id}/print`}>{t('payout.day.printList')}</Link></p>
          {day.data.status === 'OPEN' && <CloseDay day={day.data} />}
          <Reconciliation reconciliation={day.data.reconciliation} />
        </>
      )}
    </Page>
  );
}

function Unpaid({ day }: { day: PayoutDay }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const due = day.lines.filter((l) => l.status === 'DUE');
  const paid = day.lines.filter((l) => l.status === 'PAID');
  return (
    <dl className="figures" aria-live="polite">
      <div><dt>{t('payout.day.paidPeople')}</dt><dd>{paid.length} / {day.lines.length}</dd></div>
      <div><dt>{t('payout.day.stillUnpaid')}</dt><dd>{due.length}</dd></div>
      <div><dt>{t('payout.day.unpaidAmount')}</dt><dd>{formatMoney(day.reconciliation.outstandingCents, lang)}</dd></div>
    </dl>
  );
}

function Lines({ day, search }: { day: PayoutDay; search: string }) {
  const { t } = useTranslation();
  const wanted = search.trim().toLocaleLowerCase();
  const lines = day.lines.filter((l) => !wanted || l.displayName.toLocaleLowerCase().includes(wanted));
  if (lines.length === 0) return <p className="muted">{t('payout.day.noneFound')}</p>;
  return (
    <ul className="list" aria-labelledby="lines-title">
      {lines.map((l) => <LineItem key={l.lineId} day={day} line={l} />)}
    </ul>
  );
}

function LineItem({ day, line }: { day: PayoutDay; line: PayoutLine }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const headingId = useId();
  const pay = usePayoutDayChange(day.id, () => unwrap(payouts.POST('/api/payouts/payout-days/{id}/payments', {
    params: { path: { id: day.id } }, body: { participantId: line.participantId, amountCents: line.dueCents },
  })));
  return (
    <li aria-labelledby={headingId}>
      <h3 id={headingId} className="title">{line.displayName}</h3>
      <p>{t('payout.day.due', { amount: formatMoney(line.dueCents, lang) })}
        {line.carriedCents > 0 && <> <span className="small muted">{t('payout.day.carried', { amount: formatMoney(line.carriedCents, lang) })}</span></>}</p>
      {line.status === 'PAID' ? (
        <p><span className="tag success">{t('payout.day.paid')}</span>{' '}
          {line.paidAt && <span className="small muted">{formatInstant(line.paidAt, lang)}</span>}
          {line.acknowledgedAt && <> <span className="small muted">{t('payout.day.acknowledged')}</span></>}</p>
      ) : line.status === 'UNCLAIMED' ? (
        <p><span className="tag alert">{t('payout.day.unclaimed')}</span></p>
      ) : day.status === 'OPEN' && (
        <ConfirmStep boxed action={t('payout.day.markPaid')} actionLabel={t('payout.day.markPaidFor', { name: line.displayName })}
          question={t('payout.day.confirmPay', { name: line.displayName, amount: formatMoney(line.dueCents, lang) })}
          yes={t('payout.day.confirmPaid')} no={t('payout.cancel')} pending={pay.isPending} error={pay.error}
          onYes={(done) => pay.mutate(undefined, { onSuccess: done })} />
      )}
    </li>
  );
}

function CloseDay({ day }: { day: PayoutDay }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const close = usePayoutDayChange(day.id, () => unwrap(payouts.POST('/api/payouts/payout-days/{id}/close', { params: { path: { id: day.id } } })));
  const unpaid = day.lines.filter((l) => l.status === 'DUE').length;
  return (
    <section className="card" aria-labelledby="close-day">
      <h2 id="close-day">{t('payout.day.closeTitle')}</h2>
      <ConfirmStep action={t('payout.day.close')} hint={t('payout.day.closeHint')}
        question={unpaid === 0 ? t('payout.day.confirmCloseAllPaid')
          : t('payout.day.confirmClose', { count: unpaid, amount: formatMoney(day.reconciliation.outstandingCents, lang) })}
        yes={t('payout.day.confirmCloseButton')} no={t('payout.cancel')} pending={close.isPending} error={close.error}
        onYes={(done) => close.mutate(undefined, { onSettled: done })} />
    </section>
  );
}
