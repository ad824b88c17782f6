import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDay, formatInstant } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { participants, unwrap } from '../../api/client';
import type { Participant, ParticipantStatus } from '../../api/types';
import { peerKeys, usePeer } from './data';
import { STATUSES, StatusTag } from './StatusTag';
import { Agreements } from './Agreements';
import { AccessLogAndExport, Consents, Pathways } from './PeerRecords';
import { Erasure } from './Erasure';

/** A person's page: who they are, their status, and their agreements from draft to in force. */
export default function PeerPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const registered = (useLocation().state as { registered?: boolean } | null)?.registered;
  const peer = usePeer(id);
  const back = <p><Link to="/peers">{t('peers.backToPeers')}</Link></p>;
  if (peer.isPending) return <Page title={t('peers.peerTitle')} back={back}><Loading /></Page>;
  if (peer.error) return <Page title={t('peers.peerTitle')} back={back}><ErrorNotice error={peer.error} staff /></Page>;
  const p = peer.data;
  if (p.erasedAt) {
    // Nothing personal can be written any more: what is left is read-only, and the erasure says what was kept.
    return (
      <Page title={t('peers.erasure.erasedTitle', { id: p.id.slice(0, 8) })} back={back}>
        <div className="columns">
          <div>
            <Details peer={p} readOnly />
            <AccessLogAndExport peer={p} />
          </div>
          <div>
            <Erasure peer={p} />
          </div>
        </div>
      </Page>
    );
  }
  return (
    <Page title={p.displayName} back={back}>
      {registered && <div className="notice success" role="status"><p>{t('peers.registered', { name: p.displayName })}</p></div>}
      <div className="columns">
        <div>
          <Details peer={p} />
          <Agreements peer={p} />
          <Pathways peer={p} />
          <AccessLogAndExport peer={p} />
        </div>
        <div>
          <StatusChange peer={p} />
          <Consents peer={p} />
          <Erasure peer={p} />
        </div>
      </div>
    </Page>
  );
}

function Details({ peer, readOnly = false }: { peer: Participant; readOnly?: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const none = <span className="muted">{t('peers.notGiven')}</span>;
  if (editing) return <EditDetails peer={peer} onDone={() => setEditing(false)} />;
  return (
    <section aria-labelledby="details-heading">
      <h2 id="details-heading">{t('peers.details')}</h2>
      <dl className="card">
        <dt>{t('peers.legalName')}</dt><dd>{peer.legalName || none}</dd>
        <dt>{t('peers.displayName')}</dt><dd>{peer.displayName}</dd>
        <dt>{t('peers.statusLabel')}</dt><dd><StatusTag status={peer.status} /></dd>
        <dt>{t('peers.form.email')}</dt><dd>{peer.email ?? none}</dd>
        <dt>{t('peers.form.phone')}</dt><dd>{peer.phone ?? none}</dd>
        <dt>{t('peers.form.preferredLanguage')}</dt><dd>{peer.preferredLanguage ? t(`peers.language.${peer.preferredLanguage}`) : none}</dd>
        <dt>{t('peers.registeredAt')}</dt><dd>{formatInstant(peer.registeredAt, currentLang())}</dd>
        <dt>{t('peers.login')}</dt><dd>{peer.accountLinked ? t('peers.loginLinked') : peer.erasedAt ? t('peers.erasure.loginRemoved') : t('peers.loginNotLinked')}</dd>
      </dl>
      {!readOnly && <p><button type="button" className="button secondary" onClick={() => setEditing(true)}>{t('peers.editDetails')}</button></p>}
    </section>
  );
}

/** Changes only what differs; the display name reaches the other services as an event. */
function EditDetails({ peer, onDone }: { peer: Participant; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ displayName: peer.displayName, legalName: peer.legalName, email: peer.email ?? '',
    phone: peer.phone ?? '', preferredLanguage: peer.preferredLanguage ?? 'fi' });
  const save = useMutation({
    mutationFn: () => {
      const changed: Record<string, string> = {};
      const before: Record<string, string> = { displayName: peer.displayName, legalName: peer.legalName, email: peer.email ?? '',
        phone: peer.phone ?? '', preferredLanguage: peer.preferredLanguage ?? 'fi' };
      for (const [k, v] of Object.entries(form)) if (v.trim() !== before[k]) changed[k] = v.trim();
      return unwrap(participants.PATCH('/api/participants/{id}', { params: { path: { id: peer.id } }, body: changed }));
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: peerKeys.all });
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const field = (key: keyof typeof form, type = 'text') => (
    <div className="field">
      <label className="label" htmlFor={`edit-${key}`}>{t(`peers.form.${key}`)}</label>
      <input id={`edit-${key}`} type={type} value={form[key]} maxLength={254} onChange={(e) => setForm({ ...form, [key]: e.target.value })} />
    </div>
  );
  return (
    <form className="card" onSubmit={submit} aria-labelledby="edit-heading">
      <h2 id="edit-heading">{t('peers.editDetails')}</h2>
      {field('displayName')}{field('legalName')}{field('email', 'email')}{field('phone', 'tel')}
      <div className="field">
        <label className="label" htmlFor="edit-preferredLanguage">{t('peers.form.preferredLanguage')}</label>
        <select id="edit-preferredLanguage" value={form.preferredLanguage} onChange={(e) => setForm({ ...form, preferredLanguage: e.target.value })}>
          {['fi', 'sv', 'en'].map((l) => <option key={l} value={l}>{t(`peers.language.${l}`)}</option>)}
        </select>
      </div>
      {save.error && <ErrorNotice error={save.error} staff />}
      <div className="actions">
        <button type="submit" className="button" disabled={save.isPending}>{t('peers.saveDetails')}</button>
        <button type="button" className="button secondary" onClick={onDone}>{t('peers.cancel')}</button>
      </div>
    </form>
  );
}

/** The lifecycle's rules are the service's: every other status is offered, a refusal is explained. */
function StatusChange({ peer }: { peer: Participant }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<ParticipantStatus | ''>('');
  const change = useMutation({
    mutationFn: (to: ParticipantStatus) => unwrap(participants.PUT('/api/participants/{id}/status', {
      params: { path: { id: peer.id } }, body: { status: to } })),
    onSuccess: () => {
      setStatus('');
      return queryClient.invalidateQueries({ queryKey: peerKeys.all });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (status) change.mutate(status);
  };
  return (
    <section aria-labelledby="status-heading" className="card">
      <h2 id="status-heading">{t('peers.changeStatus')}</h2>
      <p>{t('peers.statusNow')} <StatusTag status={peer.status} /></p>
      <p className="small muted">{t(`peers.statusMeans.${peer.status}`)}</p>
      <form onSubmit={submit}>
        <div className="field">
          <label className="label" htmlFor="new-status">{t('peers.newStatus')}</label>
          <select id="new-status" value={status} onChange={(e) => setStatus(e.target.value as ParticipantStatus | '')}>
            <option value="">{t('peers.chooseStatus')}</option>
            {STATUSES.filter((s) => s !== peer.status).map((s) => <option key={s} value={s}>{t(`peers.status.${s}`)}</option>)}
          </select>
        </div>
        {status === 'ALUMNI' && <p className="notice warning">{t('peers.alumniEndsAgreements')}</p>}
        {change.error && <ErrorNotice error={change.error} staff />}
        {change.isSuccess && <p className="notice success" role="status">{t('peers.statusChanged')}</p>}
        <button type="submit" className="button" disabled={!status || change.isPending}>{t('peers.saveStatus')}</button>
      </form>
      <StatusHistory peer={peer} />
    </section>
  );
}

type StatusStep = { status: ParticipantStatus; effectiveOn: string; changedAt: string; changedBy: string };

function StatusHistory({ peer }: { peer: Participant }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const history = useQuery({
    queryKey: [...peerKeys.one(peer.id), 'status-history', peer.status],
    queryFn: async () => (await unwrap(participants.GET('/api/participants/{id}/status-history', { params: { path: { id: peer.id } } }))) as StatusStep[],
  });
  if (history.isPending) return <Loading />;
  if (history.error) return <ErrorNotice error={history.error} staff />;
  return (
    <>
      <h3 className="spaced">{t('peers.statusHistory')}</h3>
      {history.data.length === 0 ? <p className="small muted">{t('peers.statusHistoryNone')}</p> : (
        <ol className="steps">
          {history.data.map((h, i) => (
            <li key={i}><StatusTag status={h.status} /> {t('peers.statusFrom', { day: formatDay(h.effectiveOn, lang, true) })}</li>
          ))}
        </ol>
      )}
    </>
  );
}
