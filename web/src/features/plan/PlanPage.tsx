import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { MonthBar } from '../../components/MonthBar';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatInstant, formatMonth, monthOf, today } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { scheduling, unwrap } from '../../api/client';
import type { Location, Plan } from '../../api/types';
import { planKeys, useLocations, usePlan, usePlanOf } from './data';
import { MonthGrid } from './MonthGrid';
import { ShiftPanel } from './ShiftPanel';
import { RecurringShiftsForm } from './RecurringShiftsForm';
import { PeerCounters } from './PeerCounters';
import { PublishPlan } from './PublishPlan';

/** The monthly plan: one location's month, who is on each shift, the places still open. */
export default function PlanPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const locations = useLocations();
  const month = params.get('month') ?? monthOf(today());
  const locationId = params.get('location') ?? locations.data?.[0]?.id ?? '';
  const set = (next: { location?: string; month?: string }) => {
    setParams({ location: next.location ?? locationId, month: next.month ?? month });
  };
  const location = locations.data?.find((l) => l.id === locationId);
  return (
    <Page title={t('plan.title')}>
      {locations.isPending ? <Loading /> : locations.error ? <ErrorNotice error={locations.error} staff />
        : locations.data.length === 0 ? <p className="notice">{t('plan.noLocations')}</p> : (
          <>
            <div className="search-bar">
              <div className="field">
                <label className="label" htmlFor="plan-location">{t('plan.location')}</label>
                <select id="plan-location" value={locationId} onChange={(e) => set({ location: e.target.value })}>
                  {locations.data.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
                </select>
              </div>
              <MonthBar month={month} onChange={(m) => set({ month: m })} />
            </div>
            {location && <PlanOfMonth key={`${location.id}-${month}`} location={location} month={month} shift={params.get('shift')} />}
          </>
        )}
    </Page>
  );
}

function PlanOfMonth({ location, month, shift }: { location: Location; month: string; shift: string | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const summary = usePlanOf(location.id, month);
  const plan = usePlan(summary.data?.id);
  const create = useMutation({
    mutationFn: () => unwrap(scheduling.POST('/api/scheduling/plans', { body: { locationId: location.id, month } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKeys.summary(location.id, month) }),
  });
  if (summary.isPending) return <Loading />;
  if (summary.error) return <ErrorNotice error={summary.error} staff />;
  if (!summary.data) {
    return (
      <div className="card">
        <p>{t('plan.noPlan', { location: location.name, month: formatMonth(month, currentLang()) })}</p>
        {create.error && <ErrorNotice error={create.error} staff />}
        <button type="button" className="button" disabled={create.isPending} onClick={() => create.mutate()}>{t('plan.createPlan')}</button>
      </div>
    );
  }
  if (plan.isPending) return <Loading />;
  if (plan.error) return <ErrorNotice error={plan.error} staff />;
  return <PlanBoard plan={plan.data} location={location} initialShift={shift} />;
}

function PlanBoard({ plan, location, initialShift }: { plan: Plan; location: Location; initialShift: string | null }) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string | null>(initialShift);
  const shift = plan.shifts.find((s) => s.id === selected) ?? null;
  useEffect(() => {
    if (selected) document.getElementById('shift-panel-heading')?.focus();
  }, [selected]);
  const published = plan.status === 'PUBLISHED';
  return (
    <>
      <p>
        {published
          ? <span className="tag success">{t('plan.published', { at: plan.publishedAt ? formatInstant(plan.publishedAt, currentLang()) : '' })}</span>
          : <span className="tag warning">{t('plan.draft')}</span>}
        {' '}{published ? t('plan.publishedHint') : t('plan.draftHint')}
      </p>
      <div className="columns">
        <div>
          {plan.shifts.length === 0 ? <p className="notice">{t('plan.noShifts')}</p>
            : <MonthGrid plan={plan} selected={selected} onSelect={setSelected} />}
          <RecurringShiftsForm plan={plan} location={location} />
          <PeerCounters plan={plan} />
        </div>
        <div>
          {shift ? <ShiftPanel key={shift.id} plan={plan} shift={shift} onClose={() => setSelected(null)} />
            : plan.shifts.length > 0 && <p className="card muted">{t('plan.chooseShift')}</p>}
          {!published && plan.shifts.length > 0 && <PublishPlan plan={plan} location={location} />}
        </div>
      </div>
    </>
  );
}
