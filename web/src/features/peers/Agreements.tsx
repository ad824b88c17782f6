import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDay, formatHours, today } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { participants, unwrap } from '../../api/client';
import type { Agreement, Participant, Programme } from '../../api/types';
import { peerKeys, useAgreements, useProgrammes } from './data';

/**
 * The person's agreements. A new one waits for two signatures (the confidentiality agreement, the
 * programme's rules); the service puts it in force once both are recorded. What is allowed (length,
 * days a week, overlaps) is the service's to judge: a refusal is shown in words.
 */
export function Agreements({ peer }: { peer: Participant }) {
  const { t } = useTranslation();
  const agreements = useAgreements(peer.id);
  const programmes = useProgrammes();
  const [adding, setAdding] = useState(false);
  const programmeName = (id: string) => programmes.data?.find((p) => p.id === id)?.name ?? '';
  return (
    <section aria-labelledby="agreements-heading">
      <h2 id="agreements-heading">{t('peers.agreements')}</h2>
      {agreements.isPending ? <Loading /> : agreements.error ? <ErrorNotice error={agreements.error} staff /> : (
        <>
          {agreements.data.length === 0 && <p className="muted">{t('peers.noAgreements')}</p>}
          {agreements.data.map((a) => (
            <AgreementCard key={a.id} agreement={a} peer={peer} programme={programmes.data?.find((p) => p.id === a.programmeId)}
              programmeName={programmeName(a.programmeId)} />
          ))}
        </>
      )}
      {adding && programmes.data ? (
        <NewAgreement peer={peer} programmes={programmes.data} onDone={() => setAdding(false)} />
      ) : (
        <p><button type="button" className="button secondary" onClick={() => setAdding(true)}>{t('peers.newAgreement')}</button></p>
      )}
    </section>
  );
}

type Shown = 'ended' | 'inForce' | 'upcoming' | 'waiting';

function shown(a: Agreement, day: string): Shown {
  if (a.endedOn || a.endsOn < day) return 'ended';
  if (!a.inForce) return 'waiting';
  return a.startsOn > day ? 'upcoming' : 'inForce';
}

const TAG: Record<Shown, string> = { ended: 'tag', inForce: 'tag success', upcoming: 'tag success', waiting: 'tag warning' };

function AgreementCard({ agreement: a, peer, programme, programmeName }: {
  agreement: Agreement; peer: Participant; programme?: Programme; programmeName: string;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const state = shown(a, today());
  const headingId = `agreement-${a.id}`;
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {programmeName} {formatDay(a.startsOn, lang, true)}–{formatDay(a.endsOn, lang, true)}{' '}
        <span className={TAG[state]}>{t(`peers.agreementState.${state}`)}</span>
      </h3>
      <p>
        {t('peers.agreementTerms', { days: a.daysPerWeek, hours: formatHours(a.minutesPerDay, lang) })}
        {a.tasks && <><br />{a.tasks}</>}
      </p>
      {a.endedOn && <p>{t('peers.endedEarly', { day: formatDay(a.endedOn, lang, true) })}{a.endReason && `: ${a.endReason}`}</p>}
      {state !== 'ended' && (
        <ol className="steps" aria-label={t('peers.steps')}>
          <Step done={a.confidentialitySignedOn} doneText={(d) => t('peers.confidentialitySigned', { day: d })}>
            <RecordDay agreement={a} label={t('peers.confidentialityOn')} action={t('peers.recordSigned')}
              send={(day) => participants.POST('/api/participants/{id}/agreements/{agreementId}/confidentiality', {
                params: { path: { id: peer.id, agreementId: a.id } }, body: { signedOn: day } })} />
          </Step>
          <Step done={a.rulesAcceptedOn} doneText={(d) => t('peers.rulesAccepted', { day: d, version: a.rulesVersionAccepted })}>
            <RecordDay agreement={a} label={t('peers.rulesOn', { version: programme?.rulesVersionInForce ?? 1 })}
              action={t('peers.recordAccepted')}
              send={(day) => participants.POST('/api/participants/{id}/agreements/{agreementId}/rules-acceptance', {
                params: { path: { id: peer.id, agreementId: a.id } }, body: { rulesVersion: programme?.rulesVersionInForce ?? 1, acceptedOn: day } })} />
          </Step>
        </ol>
      )}
      {a.inForce && state !== 'ended' && peer.status !== 'ACTIVE' && <MakeActive peer={peer} />}
      {a.inForce && state !== 'ended' && <EndOrRenew peer={peer} agreement={a} />}
    </article>
  );
}

function Step({ done, doneText, children }: { done: string | null | undefined; doneText: (day: string) => string; children: ReactNode }) {
  return <li className={done ? 'done' : undefined}>{done ? doneText(formatDay(done, currentLang(), true)) : children}</li>;
}

type Sent = Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** One signature: the day it was given (today unless told otherwise; the service refuses a day to come). */
function RecordDay({ agreement, label, action, send }: {
  agreement: Agreement; label: string; action: string; send: (day: string) => Sent;
}) {
  const queryClient = useQueryClient();
  const [day, setDay] = useState(today());
  const record = useMutation({
    mutationFn: () => unwrap(send(day)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peerKeys.all }),
  });
  const inputId = `${agreement.id}-${action}`.replace(/\W/g, '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate();
  };
  return (
    <form className="inline-form" onSubmit={submit}>
      <div className="field">
        <label className="label" htmlFor={inputId}>{label}</label>
        <input id={inputId} type="date" value={day} max={today()} required onChange={(e) => setDay(e.target.value)} />
      </div>
      <button type="submit" className="button" disabled={!day || record.isPending}>{action}</button>
      {record.error && <ErrorNotice error={record.error} staff />}
    </form>
  );
}

/** Scheduling offers shifts to active peers only: once the agreement is in force, say so and offer the change. */
function MakeActive({ peer }: { peer: Participant }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const activate = useMutation({
    mutationFn: () => unwrap(participants.PUT('/api/participants/{id}/status', { params: { path: { id: peer.id } }, body: { status: 'ACTIVE' } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peerKeys.all }),
  });
  return (
    <div className="notice warning">
      <p>{t('peers.notActiveYet', { status: t(`peers.status.${peer.status}`) })}</p>
      {activate.error && <ErrorNotice error={activate.error} staff />}
      <button type="button" className="button" disabled={activate.isPending} onClick={() => activate.mutate()}>{t('peers.makeActive')}</button>
    </div>
  );
}

function NewAgreement({ peer, programmes, onDone }: { peer: Participant; programmes: Programme[]; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [programmeId, setProgrammeId] = useState(programmes[0]?.id ?? '');
  const [startsOn, setStartsOn] = useState(today());
  const [endsOn, setEndsOn] = useState('');
  const [daysPerWeek, setDaysPerWeek] = useState('');
  const [hoursPerDay, setHoursPerDay] = useState('');
  const [tasks, setTasks] = useState('');
  const [missing, setMissing] = useState<string[]>([]);
  const create = useMutation({
    mutationFn: () => unwrap(participants.POST('/api/participants/{id}/agreements', { params: { path: { id: peer.id } }, body: {
      programmeId, startsOn, endsOn, daysPerWeek: Number(daysPerWeek),
      minutesPerDay: Math.round(Number(hoursPerDay.replace(',', '.')) * 60), tasks: tasks.trim(),
    } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: peerKeys.all });
      onDone();
    },
  });
  const values: Record<string, string> = { programmeId, startsOn, endsOn, daysPerWeek, hoursPerDay, tasks };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const empty = Object.keys(values).filter((k) => !values[k]!.trim());
    setMissing(empty);
    if (empty.length === 0) create.mutate();
    else document.getElementById(`agreement-${empty[0]}`)?.focus();
  };
  const error = (key: string) => missing.includes(key)
    ? <span className="error-text" id={`agreement-${key}-error`}>{t('peers.form.required')}</span> : null;
  const aria = (key: string, hint = false) => ({
    'aria-invalid': missing.includes(key) || undefined,
    'aria-describedby': [hint && `agreement-${key}-hint`, missing.includes(key) && `agreement-${key}-error`].filter(Boolean).join(' ') || undefined,
  });
  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="new-agreement-heading">
      <h3 id="new-agreement-heading">{t('peers.newAgreement')}</h3>
      <div className="form-grid">
        <div className="field full">
          <label className="label" htmlFor="agreement-programmeId">{t('peers.programme')}</label>
          {error('programmeId')}
          <select id="agreement-programmeId" value={programmeId} onChange={(e) => setProgrammeId(e.target.value)} {...aria('programmeId')}>
            {programmes.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </div>
        <div className="field">
          <label className="label" htmlFor="agreement-startsOn">{t('peers.startsOn')}</label>
          {error('startsOn')}
          <input id="agreement-startsOn" type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} {...aria('startsOn')} />
        </div>
        <div className="field">
          <label className="label" htmlFor="agreement-endsOn">{t('peers.endsOnLabel')}</label>
          <span className="hint" id="agreement-endsOn-hint">{t('peers.endsOnHint')}</span>
          {error('endsOn')}
          <input id="agreement-endsOn" type="date" value={endsOn} min={startsOn} onChange={(e) => setEndsOn(e.target.value)} {...aria('endsOn', true)} />
        </div>
        <div className="field">
          <label className="label" htmlFor="agreement-daysPerWeek">{t('peers.daysPerWeek')}</label>
          {error('daysPerWeek')}
          <input id="agreement-daysPerWeek" className="narrow" type="number" inputMode="numeric" min={1} max={7} step={1} value={daysPerWeek}
            onChange={(e) => setDaysPerWeek(e.target.value)} {...aria('daysPerWeek')} />
        </div>
        <div className="field">
          <label className="label" htmlFor="agreement-hoursPerDay">{t('peers.hoursPerDay')}</label>
          <span className="hint" id="agreement-hoursPerDay-hint">{t('peers.hoursPerDayHint')}</span>
          {error('hoursPerDay')}
          <input id="agreement-hoursPerDay" className="narrow" type="text" inputMode="decimal" value={hoursPerDay}
            onChange={(e) => setHoursPerDay(e.target.value)} {...aria('hoursPerDay', true)} />
        </div>
        <div className="field full">
          <label className="label" htmlFor="agreement-tasks">{t('peers.tasks')}</label>
          <span className="hint" id="agreement-tasks-hint">{t('peers.tasksHint')}</span>
          {error('tasks')}
          <textarea id="agreement-tasks" maxLength={1000} value={tasks} onChange={(e) => setTasks(e.target.value)} {...aria('tasks', true)} />
        </div>
      </div>
      {create.error && <ErrorNotice error={create.error} staff />}
      <div className="actions">
        <button type="submit" className="button" disabled={create.isPending}>{t('peers.createAgreement')}</button>
        <button type="button" className="button secondary" onClick={onDone}>{t('peers.cancel')}</button>
      </div>
    </form>
  );
}

/** An agreement in force ends early (a last day and why) or is renewed (from the day after its last day). */
function EndOrRenew({ peer, agreement: a }: { peer: Participant; agreement: Agreement }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<'end' | 'renew' | null>(null);
  const [day, setDay] = useState(today());
  const [reason, setReason] = useState('');
  const path = { id: peer.id, agreementId: a.id };
  const done = async () => {
    await queryClient.invalidateQueries({ queryKey: peerKeys.all });
    setOpen(null);
  };
  const end = useMutation({
    mutationFn: () => unwrap(participants.POST('/api/participants/{id}/agreements/{agreementId}/end', { params: { path }, body: { endedOn: day, reason: reason.trim() } })),
    onSuccess: done,
  });
  const renew = useMutation({
    mutationFn: () => unwrap(participants.POST('/api/participants/{id}/agreements/{agreementId}/renewal', { params: { path }, body: { endsOn: day } })),
    onSuccess: done,
  });
  const id = `agreement-${a.id}`;
  if (!open) {
    return (
      <div className="actions compact">
        <button type="button" className="button secondary small-button" onClick={() => { setDay(a.endsOn); setOpen('renew'); }}>{t('peers.renew')}</button>
        <button type="button" className="button danger small-button" onClick={() => { setDay(today()); setOpen('end'); }}>{t('peers.endEarly')}</button>
      </div>
    );
  }
  const mutation = open === 'end' ? end : renew;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (open === 'end' && !reason.trim()) return;
    mutation.mutate();
  };
  return (
    <form className="inline-form" onSubmit={submit}>
      <div className="field">
        <label className="label" htmlFor={`${id}-day`}>{open === 'end' ? t('peers.endedOn') : t('peers.renewEndsOn')}</label>
        <input id={`${id}-day`} type="date" value={day} required onChange={(e) => setDay(e.target.value)} />
      </div>
      {open === 'end' && (
        <div className="field">
          <label className="label" htmlFor={`${id}-reason`}>{t('peers.endReason')}</label>
          <input id={`${id}-reason`} type="text" maxLength={500} required value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
      )}
      <button type="submit" className="button small-button" disabled={mutation.isPending}>{open === 'end' ? t('peers.saveEnd') : t('peers.saveRenewal')}</button>
      <button type="button" className="button secondary small-button" onClick={() => setOpen(null)}>{t('peers.cancel')}</button>
      {mutation.error && <ErrorNotice error={mutation.error} staff />}
    </form>
  );
}
