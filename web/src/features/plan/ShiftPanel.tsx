import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatInstant, formatShiftTime, hasStarted } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { scheduling, unwrap } from '../../api/client';
import type { Candidate, Plan, PlanShift } from '../../api/types';
import { minutesBetween, planKeys, useCandidates, useChanges } from './data';
import { RecordAbsence } from './RecordAbsence';
import { ShiftAttendance } from '../attendance/ShiftAttendance';

/**
 * One shift: who is on it, and every peer as a choice with the service's verdict. Those the rules
 * would refuse are shown with the reason before anyone tries. After publishing, a change needs its
 * reason (peers and partner offices are told), and the change history is one click away.
 */
export function ShiftPanel({ plan, shift, onClose }: { plan: Plan; shift: PlanShift; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const queryClient = useQueryClient();
  const published = plan.status === 'PUBLISHED';
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [showChanges, setShowChanges] = useState(false);
  const candidates = useCandidates(shift.id);
  const refresh = () => Promise.all([
    queryClient.invalidateQueries({ queryKey: planKeys.plan(plan.id) }),
    queryClient.invalidateQueries({ queryKey: ['absences'] }),
    queryClient.invalidateQueries({ queryKey: ['plans', 'candidates'] }),
    queryClient.invalidateQueries({ queryKey: planKeys.changes(shift.id) }),
  ]);
  /** The service answers an assignment with the shift as it now stands: the grid shows it at once. */
  const applied = (changed: unknown) => {
    const view = changed as PlanShift;
    queryClient.setQueryData<Plan>(planKeys.plan(plan.id), (old) => old && { ...old, shifts: old.shifts.map((s) => (s.id === view.id ? view : s)) });
    void Promise.all([
      queryClient.invalidateQueries({ queryKey: ['plans', 'candidates'] }),
      queryClient.invalidateQueries({ queryKey: planKeys.changes(shift.id) }),
    ]);
  };
  const withReason = () => {
    if (published && !reason.trim()) {
      setReasonMissing(true);
      document.getElementById('change-reason')?.focus();
      return false;
    }
    setReasonMissing(false);
    return true;
  };
  const assign = useMutation({
    mutationFn: (participantId: string) => unwrap(scheduling.POST('/api/scheduling/shifts/{shiftId}/assignments', {
      params: { path: { shiftId: shift.id } }, body: { participantId, reason: reason.trim() || undefined } })),
    onSuccess: applied,
  });
  const remove = useMutation({
    mutationFn: (participantId: string) => unwrap(scheduling.DELETE('/api/scheduling/shifts/{shiftId}/assignments/{participantId}', {
      params: { path: { shiftId: shift.id, participantId }, query: { reason: reason.trim() || undefined } } })),
    onSuccess: applied,
  });
  const on = shift.assignees.filter((a) => a.state === 'ASSIGNED');
  const others = shift.assignees.filter((a) => a.state !== 'ASSIGNED');
  const choices = candidates.data?.filter((c) => !c.onShift) ?? [];
  const eligible = choices.filter((c) => !c.reason);
  const refused = choices.filter((c) => c.reason);
  const error = assign.error ?? remove.error;
  return (
    <section className="card shift-panel" aria-labelledby="shift-panel-heading">
      <h2 id="shift-panel-heading" tabIndex={-1}>{formatShiftTime(shift.date, shift.start, shift.end, lang)}</h2>
      <p>{shift.cancelled ? t('plan.cancelled') : t('plan.neededOpen', { needed: shift.needed, open: shift.open })}</p>
      {published && !shift.cancelled && (
        <div className="field">
          <label className="label" htmlFor="change-reason">{t('plan.reason')}</label>
          <span className="hint" id="change-reason-hint">{t('plan.reasonHint')}</span>
          {reasonMissing && <span className="error-text" id="change-reason-error">{t('plan.reasonRequired')}</span>}
          <input id="change-reason" type="text" maxLength={500} value={reason} aria-invalid={reasonMissing || undefined}
            aria-describedby={reasonMissing ? 'change-reason-hint change-reason-error' : 'change-reason-hint'}
            onChange={(e) => setReason(e.target.value)} />
        </div>
      )}
      {error && <ErrorNotice error={error} staff />}
      <h3>{t('plan.onShift')}</h3>
      {on.length === 0 ? <p className="muted">{t('plan.nobodyYet')}</p> : (
        <ul className="list">
          {on.map((a) => (
            <li key={a.dutyId}>
              <span className="title-plain">{a.displayName}</span>
              {a.problem && <><br /><span className="tag alert">{t(`plan.problem.${a.problem}`, { defaultValue: t('plan.problem.other') })}</span></>}
              {!shift.cancelled && (
                <div className="actions compact">
                  <button type="button" className="button secondary small-button" disabled={remove.isPending}
                    onClick={() => withReason() && remove.mutate(a.participantId)}>
                    {t('plan.remove', { name: a.displayName })}
                  </button>
                  {published && <RecordAbsence shiftId={shift.id} assignee={a} onDone={() => void refresh()} />}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <p className="small muted">{others.map((a) => `${a.displayName} (${t(`plan.state.${a.state}`)})`).join(', ')}</p>
      )}
      {!shift.cancelled && (
        <>
          <h3>{t('plan.canTake')}</h3>
          {candidates.isPending ? <Loading /> : candidates.error ? <ErrorNotice error={candidates.error} staff /> : (
            <>
              {shift.open === 0 ? <p className="muted">{t('plan.fullNow')}</p>
                : eligible.length === 0 ? <p className="muted">{t('plan.nobodyEligible')}</p> : (
                  <ul className="candidates">
                    {eligible.map((c) => (
                      <li key={c.participantId}>
                        <span className="title-plain">{c.displayName}</span>
                        {/* The visible word is part of the accessible name, which also says who (WCAG 2.5.3). */}
                        <button type="button" className="button small-button" disabled={assign.isPending}
                          aria-label={t('plan.assign', { name: c.displayName })}
                          onClick={() => withReason() && assign.mutate(c.participantId)}>
                          {t('plan.assignShort')}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              {refused.length > 0 && (
                <details>
                  <summary>{t('plan.cannotTake', { count: refused.length })}</summary>
                  <ul className="candidates refused">{refused.map((c) => <Refused key={c.participantId} candidate={c} />)}</ul>
                </details>
              )}
            </>
          )}
        </>
      )}
      {published && !shift.cancelled && hasStarted(shift.date, shift.start) && (
        <>
          <h3>{t('attendance.title')}</h3>
          <ShiftAttendance shiftId={shift.id} plannedMinutes={minutesBetween(shift.start, shift.end)} />
        </>
      )}
      {published && (
        <p><button type="button" className="button secondary" aria-expanded={showChanges} onClick={() => setShowChanges(!showChanges)}>
          {t('plan.changeHistory')}
        </button></p>
      )}
      {showChanges && <Changes shiftId={shift.id} />}
      <p><button type="button" className="button secondary" onClick={onClose}>{t('plan.closeShift')}</button></p>
    </section>
  );
}

function Refused({ candidate: c }: { candidate: Candidate }) {
  const { t } = useTranslation();
  return (
    <li className="refused-item">
      <span className="title-plain">{c.displayName}</span>{' '}
      <span className="small">{t(`errors.staffReason.${c.reason}`, { defaultValue: t('plan.refusedOther') })}</span>
    </li>
  );
}

function Changes({ shiftId }: { shiftId: string }) {
  const { t } = useTranslation();
  const changes = useChanges(shiftId);
  if (changes.isPending) return <Loading />;
  if (changes.error) return <ErrorNotice error={changes.error} staff />;
  if (changes.data.length === 0) return <p className="muted">{t('plan.noChanges')}</p>;
  return (
    <ol className="steps">
      {changes.data.map((c, i) => (
        <li key={i}>
          <span className="when">{formatInstant(c.at, currentLang())}</span> {t(`plan.what.${c.what}`, { defaultValue: c.what })}
          {c.reason && <>: {c.reason}</>}
        </li>
      ))}
    </ol>
  );
}
