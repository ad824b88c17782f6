import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDay, formatMoney, formatMonth, today } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { payouts, unwrap } from '../../api/client';
import type { PayoutDay } from '../../api/types';
import { useFunderReport, useLedgerMonths, usePayoutDays } from './data';

/** Cash payout days, newest first, and a new one for a closed month at a location that has activity money. */
export default function PayoutDaysPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const days = usePayoutDays();
  return (
    <Page title={t('payout.days.title')}>
      <p>{t('payout.days.intro')}</p>
      {days.isPending ? <Loading /> : days.error ? <ErrorNotice error={days.error} staff />
        : days.data.length === 0 ? <p className="muted">{t('payout.days.none')}</p> : (
          <ul className="list">
            {days.data.map((d) => (
              <li key={d.id} className="link-item">
                <Link to={`/payout/days/${d.id}`} className="stack">
                  <span className="title">{d.locationName}: {formatDay(d.paidOn, lang, true)}</span>
                  <span className="muted">{t('payout.days.forMonth', { month: formatMonth(d.month, lang) })}</span>
                  <span>{d.status === 'OPEN' ? <span className="tag warning">{t('payout.days.open')}</span>
                    : <span className="tag success">{t('payout.days.closed')}</span>}{' '}
                  {t('payout.days.paidOf', { paid: formatMoney(d.reconciliation.paidCents, lang), due: formatMoney(d.reconciliation.totalDueCents, lang) })}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      <NewPayoutDay />
    </Page>
  );
}

function NewPayoutDay() {
  const { t } = useTranslation();
  const lang = currentLang();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const months = useLedgerMonths();
  const closed = months.data?.filter((m) => m.status === 'CLOSED') ?? [];
  const [month, setMonth] = useState('');
  const chosenMonth = month || closed[0]?.month || '';
  const locations = useFunderReport(chosenMonth);
  const [locationId, setLocationId] = useState('');
  const [paidOn, setPaidOn] = useState(today());
  const places = [...new Map((locations.data ?? []).map((r) => [r.locationId, r.locationName])).entries()];
  const chosenLocation = locationId || places[0]?.[0] || '';
  const create = useMutation({
    mutationFn: async () => (await unwrap(payouts.POST('/api/payouts/payout-days', {
      body: { month: chosenMonth, locationId: chosenLocation, paidOn },
    }))) as PayoutDay,
    onSuccess: (day) => {
      void queries.invalidateQueries({ queryKey: ['payout-days'] });
      void navigate(`/payout/days/${day.id}`);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <section className="card" aria-labelledby="new-day">
      <h2 id="new-day">{t('payout.days.new')}</h2>
      {months.isPending ? <Loading /> : closed.length === 0 ? <p className="muted">{t('payout.days.noClosedMonth')}</p> : (
        <form onSubmit={submit} className="form-grid">
          <div className="field">
            <label className="label" htmlFor="day-month">{t('payout.month')}</label>
            <select id="day-month" value={chosenMonth} onChange={(e) => { setMonth(e.target.value); setLocationId(''); }}>
              {closed.map((m) => <option key={m.month} value={m.month}>{formatMonth(m.month, lang)}</option>)}
            </select>
          </div>
          <div className="field">
            <label className="label" htmlFor="day-location">{t('payout.location')}</label>
            <select id="day-location" value={chosenLocation} onChange={(e) => setLocationId(e.target.value)}>
              {places.map(([id, name]) => <option key={id} value={id}>{name}</option>)}
            </select>
          </div>
          <div className="field">
            <label className="label" htmlFor="day-paid-on">{t('payout.days.paidOn')}</label>
            <input id="day-paid-on" type="date" required value={paidOn} onChange={(e) => setPaidOn(e.target.value)} />
          </div>
          {create.error && <ErrorNotice error={create.error} staff />}
          <div className="actions"><button type="submit" className="button" disabled={create.isPending || places.length === 0}>
            {t('payout.days.create')}</button></div>
        </form>
      )}
    </section>
  );
}
