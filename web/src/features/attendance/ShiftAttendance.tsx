import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatHours } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { scheduling, unwrap } from '../../api/client';
import type { AttendanceRecord } from '../../api/types';

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
export function ShiftAttendance({ shiftId, onChanged }: { shiftId: string; onChanged?: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const records = useShiftAttendance(shiftId);
  const confirm = useMutation({
    mutationFn: () => unwrap(scheduling.POST('/api/scheduling/shifts/{shiftId}/attendance', { params: { path: { shiftId } }, body: {} })),
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
        <button type="button" className="button" disabled={confirm.isPending} onClick={() => confirm.mutate()}>{t('attendance.asPlanned')}</button>
      </div>
    );
  }
  return (
    <ul className="candidates">
      {current.map((r) => <Correctable key={r.id} shiftId={shiftId} record={r} />)}
    </ul>
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
