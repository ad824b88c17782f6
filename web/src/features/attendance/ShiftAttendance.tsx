import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatHours } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { scheduling, unwrap } from '../../api/client';
import type { AttendanceRecord } from '../../api/types';
import { useCandidates } from '../plan/data';

export const attendanceKeys = {
  shift: (shiftId: string) => ['attendance', 'shift', shiftId] as const,
  unconfirmed: ['attendance', 'unconfirmed'] as const,
};

export function useShiftAttendance(shiftId: string) {
  return useQuery({
    queryKey: attendanceKeys.shift(shiftId),
    queryFn: async () => (await unwrap(scheduling.GET('/api/scheduling/shifts/{shiftId}/attendance', {
      params: { path: { shiftId } } }))) as AttendanceRecord[],
  });
}

/**
 * A started shift's attendance: confirmed in one action (everyone as planned; absent peers are left out
 * by the service), then each person's minutes corrected with a reason. Corrections keep the history.
 */
export function ShiftAttendance({ shiftId, plannedMinutes, onChanged }: { shiftId: string; plannedMinutes: number; onChanged?: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const records = useShiftAttendance(shiftId);
  const [adjusting, setAdjusting] = useState(false);
  const confirm = useMutation({
    mutationFn: (entries?: { participantId: string; minutes: number }[]) => unwrap(scheduling.POST('/api/scheduling/shifts/{shiftId}/attendance', {
      params: { path: { shiftId } }, body: entries?.length ? { entries } : {} })),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: attendanceKeys.shift(shiftId) }),
        queryClient.invalidateQueries({ queryKey: attendanceKeys.unconfirmed }),
      ]);
      onChanged?.();
    },
  });
  if (records.isPending) return <Loading />;
  if (records.error) return <ErrorNotice error={records.error} staff />;
  const current = records.data.filter((r) => r.current);
  if (current.length === 0) {
    return (
      <div>
        <p>{t('attendance.notConfirmed')}</p>
        {confirm.error && <ErrorNotice error={confirm.error} staff />}
        {adjusting ? <AdjustBeforeConfirming shiftId={shiftId} plannedMinutes={plannedMinutes} busy={confirm.isPending}
          onConfirm={(entries) => confirm.mutate(entries)} onCancel={() => setAdjusting(false)} /> : (
          <div className="actions compact">
            <button type="button" className="button" disabled={confirm.isPending} onClick={() => confirm.mutate(undefined)}>{t('attendance.asPlanned')}</button>
            <button type="button" className="button secondary" onClick={() => setAdjusting(true)}>{t('attendance.adjust')}</button>
          </div>
        )}
      </div>
    );
  }
  return (
    <ul className="candidates">
      {current.map((r) => <Correctable key={r.id} shiftId={shiftId} record={r} />)}
    </ul>
  );
}

/** The peers on the shift with their planned hours; only the hours changed here are sent, the rest are as planned. */
function AdjustBeforeConfirming({ shiftId, plannedMinutes, busy, onConfirm, onCancel }: {
  shiftId: string; plannedMinutes: number; busy: boolean;
  onConfirm: (entries: { participantId: string; minutes: number }[]) => void; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const candidates = useCandidates(shiftId);
  const planned = String(plannedMinutes / 60).replace('.', ',');
  const [hours, setHours] = useState<Record<string, string>>({});
  if (candidates.isPending) return <Loading />;
  if (candidates.error) return <ErrorNotice error={candidates.error} staff />;
  const on = candidates.data.filter((c) => c.onShift);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onConfirm(on.filter((c) => hours[c.participantId] !== undefined && hours[c.participantId] !== planned)
      .map((c) => ({ participantId: c.participantId, minutes: Math.round(Number(hours[c.participantId]!.replace(',', '.')) * 60) })));
  };
  return (
    <form onSubmit={submit}>
      <ul className="candidates">
        {on.map((c) => (
          <li key={c.participantId}>
            <label htmlFor={`hours-${shiftId}-${c.participantId}`} className="title-plain">{t('attendance.hoursOf', { name: c.displayName })}</label>
            <input id={`hours-${shiftId}-${c.participantId}`} className="narrow" type="text" inputMode="decimal"
              value={hours[c.participantId] ?? planned} onChange={(e) => setHours({ ...hours, [c.participantId]: e.target.value })} />
          </li>
        ))}
      </ul>
      <div className="actions compact">
        <button type="submit" className="button" disabled={busy}>{t('attendance.confirmWithHours')}</button>
        <button type="button" className="button secondary" onClick={onCancel}>{t('peers.cancel')}</button>
      </div>
    </form>
  );
}

function Correctable({ shiftId, record: r }: { shiftId: string; record: AttendanceRecord }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [hours, setHours] = useState(String(r.minutes / 60).replace('.', ','));
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const correct = useMutation({
    mutationFn: () => unwrap(scheduling.PUT('/api/scheduling/shifts/{shiftId}/attendance/{participantId}', {
      params: { path: { shiftId, participantId: r.participantId } },
      body: { minutes: Math.round(Number(hours.replace(',', '.')) * 60), reason: reason.trim() } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: attendanceKeys.shift(shiftId) });
      setOpen(false);
      setReason('');
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(!reason.trim());
    if (reason.trim()) correct.mutate();
  };
  const id = `correct-${r.id}`;
  return (
    <li>
      <span><span className="title-plain">{r.displayName}</span> {formatHours(r.minutes, currentLang())}
        {r.corrects && <span className="small muted"> ({t('attendance.corrected')}{r.reason ? `: ${r.reason}` : ''})</span>}</span>
      {!open ? (
        <button type="button" className="button secondary small-button" aria-label={t('attendance.correctWho', { name: r.displayName })}
          onClick={() => setOpen(true)}>{t('attendance.correct')}</button>
      ) : (
        <form className="inline-form" onSubmit={submit} noValidate>
          <div className="field">
            <label className="label" htmlFor={`${id}-hours`}>{t('attendance.hours')}</label>
            <input id={`${id}-hours`} className="narrow" type="text" inputMode="decimal" value={hours} onChange={(e) => setHours(e.target.value)} />
          </div>
          <div className="field">
            <label className="label" htmlFor={`${id}-reason`}>{t('attendance.reason')}</label>
            {missing && <span className="error-text" id={`${id}-error`}>{t('plan.reasonRequired')}</span>}
            <input id={`${id}-reason`} type="text" maxLength={500} value={reason} aria-invalid={missing || undefined}
              aria-describedby={missing ? `${id}-error` : undefined} onChange={(e) => setReason(e.target.value)} />
          </div>
          <button type="submit" className="button small-button" disabled={correct.isPending}>{t('attendance.saveCorrection')}</button>
          {correct.error && <ErrorNotice error={correct.error} staff />}
        </form>
      )}
    </li>
  );
}
