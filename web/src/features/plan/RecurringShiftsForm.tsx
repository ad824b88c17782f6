import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { WeekdayChoices } from '../../components/WeekdayChoices';
import { scheduling, unwrap } from '../../api/client';
import type { DayOfWeek, Location, Plan } from '../../api/types';
import { planKeys } from './data';

/** Recurring shifts from a weekday template: every chosen weekday of the month gets the shift. */
export function RecurringShiftsForm({ plan, location }: { plan: Plan; location: Location }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const desk = location.deskAgreement;
  const [open, setOpen] = useState(plan.shifts.length === 0);
  const [days, setDays] = useState<DayOfWeek[]>(desk?.weekdays ?? []);
  const [start, setStart] = useState(desk?.starts?.slice(0, 5) ?? '');
  const [end, setEnd] = useState(desk?.ends?.slice(0, 5) ?? '');
  const [needed, setNeeded] = useState(String(desk?.guides ?? 1));
  const [missing, setMissing] = useState(false);
  const add = useMutation({
    mutationFn: () => unwrap(scheduling.POST('/api/scheduling/plans/{id}/recurring-shifts', { params: { path: { id: plan.id } },
      body: { weekdays: days, start, end, needed: Number(needed) } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: planKeys.plan(plan.id) });
      setOpen(false);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const incomplete = days.length === 0 || !start || !end || !needed;
    setMissing(incomplete);
    if (!incomplete) add.mutate();
  };
  if (!open) {
    return <p><button type="button" className="button secondary" onClick={() => setOpen(true)}>{t('plan.addRecurring')}</button></p>;
  }
  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="recurring-heading">
      <h2 id="recurring-heading">{t('plan.addRecurring')}</h2>
      <p>{t('plan.recurringIntro')}</p>
      <fieldset>
        <legend className="label">{t('plan.weekdays')}</legend>
        <WeekdayChoices value={days} onChange={setDays} />
      </fieldset>
      <div className="inline-form">
        <div className="field">
          <label className="label" htmlFor="recurring-start">{t('plan.starts')}</label>
          <input id="recurring-start" type="time" value={start} onChange={(e) => setStart(e.target.value)} />
        </div>
        <div className="field">
          <label className="label" htmlFor="recurring-end">{t('plan.ends')}</label>
          <input id="recurring-end" type="time" value={end} onChange={(e) => setEnd(e.target.value)} />
        </div>
        <div className="field">
          <label className="label" htmlFor="recurring-needed">{t('plan.needed')}</label>
          <input id="recurring-needed" className="narrow" type="number" min={1} max={20} step={1} value={needed}
            onChange={(e) => setNeeded(e.target.value)} />
        </div>
      </div>
      {missing && <p className="error-text" role="alert">{t('plan.recurringIncomplete')}</p>}
      {add.error && <ErrorNotice error={add.error} staff />}
      <div className="actions">
        <button type="submit" className="button" disabled={add.isPending}>{t('plan.addShifts')}</button>
        {plan.shifts.length > 0 && <button type="button" className="button secondary" onClick={() => setOpen(false)}>{t('peers.cancel')}</button>}
      </div>
    </form>
  );
}
