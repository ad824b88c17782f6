import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { scheduling, unwrap } from '../../api/client';
import type { Location, Plan } from '../../api/types';
import { countersOf, openPlaces } from './data';

/** Draft → published, after a summary of what peers (and a desk's partner office) will see. */
export function PublishPlan({ plan, location }: { plan: Plan; location: Location }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const publish = useMutation({
    mutationFn: () => unwrap(scheduling.POST('/api/scheduling/plans/{id}/publish', { params: { path: { id: plan.id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans'] }),
  });
  const shifts = plan.shifts.filter((s) => !s.cancelled).length;
  const peers = countersOf(plan.shifts).length;
  return (
    <section className="card" aria-labelledby="publish-heading">
      <h2 id="publish-heading">{t('plan.publishTitle')}</h2>
      {!confirming ? (
        <button type="button" className="button" onClick={() => setConfirming(true)}>{t('plan.publish')}</button>
      ) : (
        <>
          <ul>
            <li>{t('plan.summaryShifts', { count: shifts })}</li>
            <li>{t('plan.summaryPeers', { count: peers })}</li>
            <li>{t('plan.summaryOpen', { count: openPlaces(plan.shifts) })}</li>
            {location.agency && <li>{t('plan.summaryPartner', { agency: location.agency.name })}</li>}
          </ul>
          <p>{t('plan.publishAfter')}</p>
          {publish.error && <ErrorNotice error={publish.error} staff />}
          <div className="actions">
            <button type="button" className="button" disabled={publish.isPending} onClick={() => publish.mutate()}>{t('plan.publishNow')}</button>
            <button type="button" className="button secondary" onClick={() => setConfirming(false)}>{t('peers.cancel')}</button>
          </div>
        </>
      )}
    </section>
  );
}
