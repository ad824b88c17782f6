import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SavedNotice } from '../../components/SavedNotice';
import { formatDay, formatMoney, formatShiftTime } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { isOn, isUpcoming, needsFeedback, nextPayout, paidAmount, useMyPayments, useMyShifts } from '../../data/peer';
import type { MyPayment, MyShift } from '../../api/types';

export function HomePage() {
  const { t } = useTranslation();
  const shifts = useMyShifts();
  const payments = useMyPayments();
  const lang = currentLang();
  const upcoming = (shifts.data ?? []).filter((s) => isUpcoming(s) && isOn(s));
  const next = upcoming[0];
  const payout = nextPayout(payments.data);
  return (
    <Page title={t('home.title')}>
      <SavedNotice savedAt={shifts.savedAt ?? payments.savedAt} />
      <section aria-labelledby="next-shift">
        <h2 id="next-shift">{t('home.nextShift')}</h2>
        {shifts.isPending ? <div className="card lead placeholder"><Loading /></div> : shifts.error ? <ErrorNotice error={shifts.error} /> : next ? (
          <NextShift shift={next} />
        ) : (
          <div className="card">
            <p>{t('home.noShifts')}</p>
            <Link className="button secondary" to="/open-shifts">{t('home.findOpen')}</Link>
          </div>
        )}
      </section>
      <section aria-labelledby="waiting">
        <h2 id="waiting">{t('home.waiting')}</h2>
        {shifts.isPending || payments.isPending ? <div className="placeholder-line"><Loading /></div>
          : <Waiting shifts={shifts.data ?? []} payments={payments.data ?? []} />}
      </section>
      {payout && (
        <section aria-labelledby="payout">
          <h2 id="payout">{t('home.nextPayout')}</h2>
          <p className="card">{t('home.payoutLine', {
            day: formatDay(payout.paidOn, lang), place: payout.locationName, amount: formatMoney(payout.dueCents, lang),
          })}</p>
        </section>
      )}
      {next && <p><Link to="/open-shifts">{t('home.findOpen')}</Link></p>}
    </Page>
  );
}

function NextShift({ shift }: { shift: MyShift }) {
  const { t } = useTranslation();
  return (
    <div className="card lead">
      <p className="when">{formatShiftTime(shift.date, shift.start, shift.end, currentLang())}</p>
      <p>{shift.location}{shift.address ? <><br /><span className="muted">{shift.address}</span></> : null}</p>
      <p>{shift.coworkers.length ? t('shift.with', { names: shift.coworkers.join(', ') }) : t('shift.alone')}</p>
      <Link className="button" to={`/shifts/${shift.shiftId}`}>{t('shift.open')}</Link>
    </div>
  );
}

function Waiting({ shifts, payments }: { shifts: MyShift[]; payments: MyPayment[] }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const items: { key: string; to: string; text: string }[] = [];
  // The newest two first; more than that would bury everything else on the page.
  const feedback = shifts.filter(needsFeedback).reverse();
  for (const s of feedback.slice(0, 2)) {
    items.push({ key: `f-${s.shiftId}`, to: `/shifts/${s.shiftId}/feedback`, text: t('home.feedbackFor', { when: formatDay(s.date, lang) }) });
  }
  if (feedback.length > 2) {
    items.push({ key: 'f-more', to: '/shifts', text: t('home.moreFeedback', { count: feedback.length - 2 }) });
  }
  for (const p of payments.filter((p) => p.status === 'PAID' && !p.acknowledgedAt)) {
    items.push({ key: `p-${p.lineId}`, to: '/money', text: t('home.acknowledge', { amount: formatMoney(paidAmount(p), lang) }) });
  }
  for (const s of shifts.filter(isUpcoming)) {
    const when = formatDay(s.date, lang);
    if (s.cancelled) items.push({ key: `c-${s.shiftId}`, to: `/shifts/${s.shiftId}`, text: t('home.cancelled', { when }) });
    else if (s.state === 'SWAPPED') items.push({ key: `s-${s.shiftId}`, to: `/shifts/${s.shiftId}`, text: t('home.swapTaken', { when }) });
    else if (s.changed && s.state === 'ASSIGNED') items.push({ key: `ch-${s.shiftId}`, to: `/shifts/${s.shiftId}`, text: t('home.changed', { when }) });
  }
  if (!items.length) return <p>{t('home.nothingWaiting')}</p>;
  return (
    <ul className="list">
      {items.map((i) => <li key={i.key} className="link-item"><Link to={i.to}><span className="title">{i.text}</span></Link></li>)}
    </ul>
  );
}
