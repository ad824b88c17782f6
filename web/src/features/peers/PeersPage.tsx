import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDay } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import type { ParticipantStatus } from '../../api/types';
import { PAGE_SIZE, useEndingAgreements, useMissingAgreements, usePeerSearch } from './data';
import { STATUSES, StatusTag } from './StatusTag';

/** Peers: search by name (the service's trigram search over display and legal names), register, agreements ending soon. */
export default function PeersPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('peers.title')}>
      <p><Link className="button" to="/peers/new">{t('peers.register')}</Link></p>
      <div className="columns">
        <section aria-labelledby="search-heading"><SearchResults /></section>
        <div>
          <section aria-labelledby="ending-heading"><EndingAgreements /></section>
          <section aria-labelledby="missing-heading"><MissingAgreements /></section>
        </div>
      </div>
    </Page>
  );
}

function SearchResults() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const status = (params.get('status') ?? '') as ParticipantStatus | '';
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const [text, setText] = useState(q);
  const [chosen, setChosen] = useState(status);
  const search = usePeerSearch(q, status, page);
  const go = (next: { q?: string; status?: string; page?: number }) => {
    const values = { q, status, page, ...next };
    const p = new URLSearchParams();
    if (values.q) p.set('q', values.q);
    if (values.status) p.set('status', values.status);
    if (values.page) p.set('page', String(values.page));
    setParams(p);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    go({ q: text.trim(), status: chosen, page: 0 });
  };
  const result = search.data;
  const pages = result ? Math.max(1, Math.ceil(result.total / PAGE_SIZE)) : 1;
  return (
    <>
      <h2 id="search-heading">{t('peers.searchTitle')}</h2>
      <form className="search-bar" role="search" onSubmit={submit}>
        <div className="field">
          <label className="label" htmlFor="peer-q">{t('peers.searchLabel')}</label>
          <span className="hint" id="peer-q-hint">{t('peers.searchHint')}</span>
          <input id="peer-q" type="search" aria-describedby="peer-q-hint" maxLength={100} value={text}
            onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="field status">
          <label className="label" htmlFor="peer-status">{t('peers.statusLabel')}</label>
          <select id="peer-status" value={chosen} onChange={(e) => setChosen(e.target.value as ParticipantStatus | '')}>
            <option value="">{t('peers.anyStatus')}</option>
            {STATUSES.map((s) => <option key={s} value={s}>{t(`peers.status.${s}`)}</option>)}
          </select>
        </div>
        <button type="submit" className="button">{t('peers.search')}</button>
      </form>
      {search.isPending ? <Loading /> : search.error ? <ErrorNotice error={search.error} staff /> : result && (
        <>
          <p role="status">{t('peers.found', { count: result.total })}</p>
          {result.items.length > 0 && (
            <table>
              <caption className="visually-hidden">{t('peers.searchTitle')}</caption>
              <thead><tr><th scope="col">{t('peers.displayName')}</th><th scope="col">{t('peers.legalName')}</th><th scope="col">{t('peers.statusLabel')}</th></tr></thead>
              <tbody>
                {result.items.map((p) => (
                  <tr key={p.id}>
                    <td><Link to={`/peers/${p.id}`}>{p.displayName}</Link></td>
                    <td>{p.legalName}</td>
                    <td><StatusTag status={p.status} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {pages > 1 && (
            <nav className="pager" aria-label={t('peers.pages')}>
              <button type="button" className="button secondary" disabled={page === 0} onClick={() => go({ page: page - 1 })}>{t('peers.previous')}</button>
              <span>{t('peers.pageOf', { page: page + 1, pages })}</span>
              <button type="button" className="button secondary" disabled={page + 1 >= pages} onClick={() => go({ page: page + 1 })}>{t('peers.next')}</button>
            </nav>
          )}
        </>
      )}
    </>
  );
}

function MissingAgreements() {
  const { t } = useTranslation();
  const missing = useMissingAgreements();
  return (
    <>
      <h2 id="missing-heading">{t('peers.missingTitle')}</h2>
      {missing.isPending ? <Loading /> : missing.error ? <ErrorNotice error={missing.error} staff />
        : missing.data.length === 0 ? <p className="muted">{t('peers.missingNone')}</p> : (
          <ul className="list">
            {missing.data.map((m) => (
              <li key={m.participantId} className="link-item">
                <Link to={`/peers/${m.participantId}`}>
                  <span className="title">{m.displayName}</span> <StatusTag status={m.status} /><br />
                  <span className="small">{m.lastAgreementEnded
                    ? t('peers.lastEnded', { day: formatDay(m.lastAgreementEnded, currentLang(), true) }) : t('peers.neverHad')}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
    </>
  );
}

function EndingAgreements() {
  const { t } = useTranslation();
  const ending = useEndingAgreements();
  return (
    <>
      <h2 id="ending-heading">{t('peers.endingTitle')}</h2>
      {ending.isPending ? <Loading /> : ending.error ? <ErrorNotice error={ending.error} staff />
        : ending.data.length === 0 ? <p className="muted">{t('peers.endingNone')}</p> : (
          <ul className="list">
            {ending.data.map((a) => (
              <li key={a.agreementId} className="link-item">
                <Link to={`/peers/${a.participantId}`}>
                  <span className="title">{a.displayName}</span><br />
                  {t('peers.endsOn', { day: formatDay(a.endsOn, currentLang(), true) })}{' '}
                  <span className={a.daysLeft <= 7 ? 'tag alert' : 'tag warning'}>{t('peers.daysLeft', { count: a.daysLeft })}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
    </>
  );
}
