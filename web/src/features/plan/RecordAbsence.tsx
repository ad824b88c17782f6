import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { scheduling, unwrap } from '../../api/client';
import type { Assignee } from '../../api/types';

/**
 * An absence told to the coordinator (by phone, in person) or not told at all. The service judges the
 * notice (in time or late) from when it was told; the reason stays with coordinators.
 */
export function RecordAbsence({ shiftId, assignee, onDone }: { shiftId: string; assignee: Assignee; onDone: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [told, setTold] = useState<'now' | 'earlier' | 'never'>('now');
  const [when, setWhen] = useState('');
  const [reason, setReason] = useState('');
  const record = useMutation({
    mutationFn: () => unwrap(scheduling.POST('/api/scheduling/shifts/{shiftId}/absences', { params: { path: { shiftId } }, body: {
      participantId: assignee.participantId, reason: reason.trim() || undefined,
      noNotice: told === 'never' || undefined,
      reportedAt: told === 'earlier' && when ? new Date(when).toISOString() : undefined,
    } })),
    onSuccess: () => {
      setOpen(false);
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate();
  };
  const id = `absence-${assignee.participantId}`;
  if (!open) {
    return (
      <button type="button" className="button secondary small-button" aria-label={t('plan.absenceWho', { name: assignee.displayName })}
        onClick={() => setOpen(true)}>{t('plan.absence')}</button>
    );
  }
  return (
    <form className="card" onSubmit={submit} aria-label={t('plan.absenceWho', { name: assignee.displayName })}>
      <fieldset>
        <legend className="label">{t('plan.absenceTold')}</legend>
        {(['now', 'earlier', 'never'] as const).map((k) => (
          <label key={k} className="choice">
            <input type="radio" name={`${id}-told`} checked={told === k} onChange={() => setTold(k)} />
            {t(`plan.absenceTold_${k}`)}
          </label>
        ))}
      </fieldset>
      {told === 'earlier' && (
        <div className="field">
          <label className="label" htmlFor={`${id}-when`}>{t('plan.absenceWhen')}</label>
          <input id={`${id}-when`} type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />
        </div>
      )}
      <div className="field">
        <label className="label" htmlFor={`${id}-reason`}>{t('plan.absenceReason')}</label>
        <span className="hint" id={`${id}-reason-hint`}>{t('plan.absenceReasonHint')}</span>
        <input id={`${id}-reason`} type="text" maxLength={1000} aria-describedby={`${id}-reason-hint`} value={reason}
          onChange={(e) => setReason(e.target.value)} />
      </div>
      {record.error && <ErrorNotice error={record.error} staff />}
      <div className="actions">
        <button type="submit" className="button" disabled={record.isPending}>{t('plan.saveAbsence')}</button>
        <button type="button" className="button secondary" onClick={() => setOpen(false)}>{t('peers.cancel')}</button>
      </div>
    </form>
  );
}
