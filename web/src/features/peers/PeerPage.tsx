import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatInstant } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { participants, unwrap } from '../../api/client';
import type { Participant, ParticipantStatus } from '../../api/types';
import { peerKeys, usePeer } from './data';
import { STATUSES, StatusTag } from './StatusTag';
import { Agreements } from './Agreements';

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
  return (
    <Page title={p.displayName} back={back}>
      {registered && <div className="notice success" role="status"><p>{t('peers.registered', { name: p.displayName })}</p></div>}
      <div className="columns">
        <div>
          <Details peer={p} />
          <Agreements peer={p} />
        </div>
        <StatusChange peer={p} />
      </div>
    </Page>
  );
}

function Details({ peer }: { peer: Participant }) {
  const { t } = useTranslation();
  const none = <span className="muted">{t('peers.notGiven')}</span>;
  return (
    <section aria-labelledby="details-heading">
      <h2 id="details-heading">{t('peers.details')}</h2>
      <dl className="card">
        <dt>{t('peers.legalName')}</dt><dd>{peer.legalName}</dd>
        <dt>{t('peers.displayName')}</dt><dd>{peer.displayName}</dd>
        <dt>{t('peers.statusLabel')}</dt><dd><StatusTag status={peer.status} /></dd>
        <dt>{t('peers.form.email')}</dt><dd>{peer.email ?? none}</dd>
        <dt>{t('peers.form.phone')}</dt><dd>{peer.phone ?? none}</dd>
        <dt>{t('peers.form.preferredLanguage')}</dt><dd>{peer.preferredLanguage ? t(`peers.language.${peer.preferredLanguage}`) : none}</dd>
        <dt>{t('peers.registeredAt')}</dt><dd>{formatInstant(peer.registeredAt, currentLang())}</dd>
        <dt>{t('peers.login')}</dt><dd>{peer.accountLinked ? t('peers.loginLinked') : t('peers.loginNotLinked')}</dd>
      </dl>
    </section>
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
        {change.error && <ErrorNotice error={change.error} staff />}
        {change.isSuccess && <p className="notice success" role="status">{t('peers.statusChanged')}</p>}
        <button type="submit" className="button" disabled={!status || change.isPending}>{t('peers.saveStatus')}</button>
      </form>
    </section>
  );
}
