import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDay, formatInstant, today } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { participants, unwrap } from '../../api/client';
import type { components } from '../../api/generated/participant';
import type { Participant } from '../../api/types';
import { useProgrammes } from './data';
import { useOwner } from '../../auth/useRoles';

type S = components['schemas'];
type Purpose = S['ConsentPurpose'];
type Moment = S['Moment'];
type Outcome = S['Outcome'];
const PURPOSES: Purpose[] = ['FOLLOW_UP_CONTACT', 'SMS_REMINDERS', 'STORY_IN_PUBLICATIONS'];
const MOMENTS: Moment[] = ['EXIT', 'FOLLOW_UP_4_WEEKS', 'FOLLOW_UP_6_MONTHS'];
const OUTCOMES: Outcome[] = ['STUDIES', 'WORK_TRY_OUT', 'APPRENTICESHIP', 'PAY_SUBSIDISED_JOB', 'JOB', 'PEER_WORKER_JOB', 'REHABILITATION', 'OTHER', 'NOT_REACHED'];

/** Consents as the person gave and withdrew them (the history stays); given or withdrawn here on their word. */
export function Consents({ peer }: { peer: Participant }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const queryClient = useQueryClient();
  const key = ['peers', 'consents', peer.id];
  const consents = useQuery({
    queryKey: key,
    queryFn: async () => (await unwrap(participants.GET('/api/participants/{id}/consents', { params: { path: { id: peer.id } } }))) as Required<S['View']>[],
  });
  const done = () => queryClient.invalidateQueries({ queryKey: key });
  const give = useMutation({
    mutationFn: (purpose: Purpose) => unwrap(participants.POST('/api/participants/{id}/consents', { params: { path: { id: peer.id } }, body: { purpose } })),
    onSuccess: done,
  });
  const withdraw = useMutation({
    mutationFn: (purpose: Purpose) => unwrap(participants.DELETE('/api/participants/{id}/consents/{purpose}', { params: { path: { id: peer.id, purpose } } })),
    onSuccess: done,
  });
  return (
    <section aria-labelledby="consents-heading">
      <h2 id="consents-heading">{t('peers.consents')}</h2>
      {consents.isPending ? <Loading /> : consents.error ? <ErrorNotice error={consents.error} staff /> : (
        <ul className="candidates">
          {PURPOSES.map((p) => {
            const history = consents.data.filter((c) => c.purpose === p);
            const inForce = history.find((c) => !c.withdrawnAt);
            const last = history[history.length - 1];
            return (
              <li key={p}>
                <span><span className="title-plain">{t(`peers.purpose.${p}`)}</span><br />
                  <span className="small">{inForce ? t('peers.consentGiven', { at: formatInstant(inForce.givenAt, lang) })
                    : last?.withdrawnAt ? t('peers.consentWithdrawn', { at: formatInstant(last.withdrawnAt, lang) }) : t('peers.consentNever')}</span></span>
                {inForce
                  ? <button type="button" className="button secondary small-button" disabled={withdraw.isPending}
                    aria-label={t('peers.withdrawWhat', { what: t(`peers.purpose.${p}`) })} onClick={() => withdraw.mutate(p)}>{t('peers.withdraw')}</button>
                  : <button type="button" className="button secondary small-button" disabled={give.isPending}
                    aria-label={t('peers.giveWhat', { what: t(`peers.purpose.${p}`) })} onClick={() => give.mutate(p)}>{t('peers.give')}</button>}
              </li>
            );
          })}
        </ul>
      )}
      {(give.error || withdraw.error) && <ErrorNotice error={give.error ?? withdraw.error} staff />}
    </section>
  );
}

/** Where the person went: at exit and at the follow-ups (those need the follow-up consent). */
export function Pathways({ peer }: { peer: Participant }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const queryClient = useQueryClient();
  const programmes = useProgrammes();
  const key = ['peers', 'pathways', peer.id];
  const pathways = useQuery({
    queryKey: key,
    queryFn: async () => (await unwrap(participants.GET('/api/participants/{id}/pathways', { params: { path: { id: peer.id } } }))) as Required<S['View1']>[],
  });
  const [open, setOpen] = useState(false);
  const [moment, setMoment] = useState<Moment>('EXIT');
  const [outcome, setOutcome] = useState<Outcome>('STUDIES');
  const [recordedOn, setRecordedOn] = useState(today());
  const [programmeId, setProgrammeId] = useState('');
  const record = useMutation({
    mutationFn: () => unwrap(participants.POST('/api/participants/{id}/pathways', { params: { path: { id: peer.id } },
      body: { moment, outcome, recordedOn, programmeId: programmeId || programmes.data?.[0]?.id || '' } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: key });
      setOpen(false);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate();
  };
  const name = (id: string) => programmes.data?.find((p) => p.id === id)?.name ?? '';
  return (
    <section aria-labelledby="pathways-heading">
      <h2 id="pathways-heading">{t('peers.pathways')}</h2>
      {pathways.isPending ? <Loading /> : pathways.error ? <ErrorNotice error={pathways.error} staff />
        : pathways.data.length === 0 ? <p className="muted">{t('peers.noPathways')}</p> : (
          <ul className="candidates">
            {pathways.data.map((p) => (
              <li key={p.id}><span><span className="title-plain">{t(`peers.moment.${p.moment}`)}</span>: {t(`peers.outcome.${p.outcome}`)}
                <br /><span className="small muted">{name(p.programmeId)}, {formatDay(p.recordedOn, lang, true)}</span></span></li>
            ))}
          </ul>
        )}
      {!open ? <p><button type="button" className="button secondary" onClick={() => setOpen(true)}>{t('peers.recordPathway')}</button></p> : (
        <form className="card" onSubmit={submit}>
          <div className="form-grid">
            <div className="field">
              <label className="label" htmlFor="pathway-moment">{t('peers.momentLabel')}</label>
              <select id="pathway-moment" value={moment} onChange={(e) => setMoment(e.target.value as Moment)}>
                {MOMENTS.map((m) => <option key={m} value={m}>{t(`peers.moment.${m}`)}</option>)}
              </select>
            </div>
            <div className="field">
              <label className="label" htmlFor="pathway-outcome">{t('peers.outcomeLabel')}</label>
              <select id="pathway-outcome" value={outcome} onChange={(e) => setOutcome(e.target.value as Outcome)}>
                {OUTCOMES.map((o) => <option key={o} value={o}>{t(`peers.outcome.${o}`)}</option>)}
              </select>
            </div>
            <div className="field">
              <label className="label" htmlFor="pathway-programme">{t('peers.programme')}</label>
              <select id="pathway-programme" value={programmeId || programmes.data?.[0]?.id || ''} onChange={(e) => setProgrammeId(e.target.value)}>
                {programmes.data?.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
              </select>
            </div>
            <div className="field">
              <label className="label" htmlFor="pathway-on">{t('peers.recordedOn')}</label>
              <input id="pathway-on" type="date" value={recordedOn} max={today()} onChange={(e) => setRecordedOn(e.target.value)} />
            </div>
          </div>
          {record.error && <ErrorNotice error={record.error} staff />}
          <div className="actions">
            <button type="submit" className="button" disabled={record.isPending}>{t('peers.savePathway')}</button>
            <button type="button" className="button secondary" onClick={() => setOpen(false)}>{t('peers.cancel')}</button>
          </div>
        </form>
      )}
    </section>
  );
}

/** Everything held on the person (the export, itself recorded as a read), and who read or changed what. */
export function AccessLogAndExport({ peer }: { peer: Participant }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const me = useOwner();
  // The log names people by their login (issuer#subject): "you", or another login's short id.
  const actor = (key?: string) => (key?.endsWith(`#${me}`) ? t('peers.you') : t('peers.otherLogin', { id: (key?.split('#').pop() ?? '').slice(0, 8) }));
  const [shown, setShown] = useState(false);
  const data = useQuery({
    queryKey: ['peers', 'export', peer.id],
    enabled: shown,
    queryFn: async () => (await unwrap(participants.GET('/api/participants/{id}/export', { params: { path: { id: peer.id } } }))) as S['DataExport'],
  });
  const download = () => {
    if (!data.data) return;
    const url = URL.createObjectURL(new Blob([JSON.stringify(data.data, null, 2)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${peer.displayName.replace(/[^\p{L}\p{N}]+/gu, '-')}-${today()}.json`;
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <section aria-labelledby="access-heading">
      <h2 id="access-heading">{t('peers.accessLog')}</h2>
      <p className="small">{t('peers.accessLogIntro')}</p>
      {!shown ? <p><button type="button" className="button secondary" onClick={() => setShown(true)}>{t('peers.showAccessLog')}</button></p>
        : data.isPending ? <Loading /> : data.error ? <ErrorNotice error={data.error} staff /> : (
          <>
            <table>
              <caption className="visually-hidden">{t('peers.accessLog')}</caption>
              <thead><tr><th scope="col">{t('peers.when')}</th><th scope="col">{t('peers.who')}</th><th scope="col">{t('peers.what')}</th></tr></thead>
              <tbody>
                {(data.data.accessLog ?? []).slice().reverse().slice(0, 50).map((e, i) => (
                  <tr key={i}><td>{e.at ? formatInstant(e.at, lang) : ''}</td><td className="small">{actor(e.actor)}</td>
                    <td>{t(`peers.action.${e.action}`, { defaultValue: e.action })}{e.purpose && `: ${e.purpose}`}</td></tr>
                ))}
              </tbody>
            </table>
            <p><button type="button" className="button" onClick={download}>{t('peers.download')}</button></p>
          </>
        )}
    </section>
  );
}
