import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDay, formatInstant, today } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { participants, unwrap } from '../../api/client';
import type { components } from '../../api/generated/participant';
import type { Participant } from '../../api/types';
import { peerKeys } from './data';

type ErasureView = components['schemas']['ErasureView'];
type Kept = components['schemas']['Kept'];

/**
 * Erasure on the person's request (GDPR art. 17): the day the request came, a confirmation that it
 * cannot be undone, then what was erased and what the law keeps. The service decides; this only asks.
 */
export function Erasure({ peer }: { peer: Participant }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [received, setReceived] = useState(today());
  const [sure, setSure] = useState(false);
  const erase = useMutation({
    mutationFn: async () => (await unwrap(participants.POST('/api/participants/{id}/erasure', {
      params: { path: { id: peer.id } }, body: { requestReceivedOn: received } }))) as ErasureView,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peerKeys.all }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (sure) erase.mutate();
  };
  const done = erase.data;
  if (done || peer.erasedAt) {
    return (
      <section aria-labelledby="erasure-heading" className="card">
        <h2 id="erasure-heading">{t('peers.erasure.title')}</h2>
        <div className="notice success" role="status">
          <p>{t('peers.erasure.done', { when: formatInstant(done?.erasedAt ?? peer.erasedAt ?? new Date().toISOString(), lang), pseudonym: done?.pseudonym ?? peer.displayName })}</p>
        </div>
        {done?.requestReceivedOn && <p>{t('peers.erasure.requestOf', { day: formatDay(done.requestReceivedOn, lang, true) })}</p>}
        <h3>{t('peers.erasure.keptTitle')}</h3>
        <ul>
          {(done?.kept ?? KEPT).map((k) => <li key={k}>{t(`peers.erasure.kept.${k}`)}</li>)}
        </ul>
        <p className="small muted">{t('peers.erasure.othersFollow')}</p>
        <p className="notice">{t('peers.erasure.account')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="erasure-heading" className="card">
      <h2 id="erasure-heading">{t('peers.erasure.title')}</h2>
      <p className="small">{t('peers.erasure.intro')}</p>
      {!open ? (
        <p><button type="button" className="button danger" onClick={() => setOpen(true)}>{t('peers.erasure.start')}</button></p>
      ) : (
        <form onSubmit={submit}>
          <div className="field">
            <label className="label" htmlFor="erasure-received">{t('peers.erasure.received')}</label>
            <input id="erasure-received" type="date" value={received} max={today()} required
              onChange={(e) => setReceived(e.target.value)} />
          </div>
          <p className="notice warning">{t('peers.erasure.warning', { name: peer.displayName })}</p>
          <div className="field">
            <label className="choice">
              <input type="checkbox" checked={sure} onChange={(e) => setSure(e.target.checked)} />
              {t('peers.erasure.confirm')}
            </label>
          </div>
          {erase.error && <ErrorNotice error={erase.error} staff />}
          <div className="actions">
            <button type="submit" className="button danger" disabled={!sure || !received || erase.isPending}>{t('peers.erasure.submit')}</button>
            <button type="button" className="button secondary" onClick={() => setOpen(false)}>{t('peers.cancel')}</button>
          </div>
        </form>
      )}
    </section>
  );
}

const KEPT: Kept[] = ['PAYOUT_LEDGER', 'AUDIT_LOG', 'TRAINING_COUNTS', 'PROGRAMME_STATISTICS'];
