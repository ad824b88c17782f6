import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useAuth } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ConfirmStep } from '../../components/ConfirmStep';
import { formatInstant } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { participants, unwrap } from '../../api/client';
import type { AuditEntry } from '../../api/types';

const PAGE_SIZE = 50;

/** The services record a login as issuer#subject; the subject is what Keycloak's user search finds. */
function loginOf(actor: string): string {
  const hash = actor.lastIndexOf('#');
  return hash >= 0 ? actor.slice(hash + 1) : actor;
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The admin's page: the retention run, the audit log, and the way to Keycloak, where users and roles live. */
export default function AdminPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('admin.title')}>
      <Retention />
      <AuditLog />
      <Keycloak />
    </Page>
  );
}

function Retention() {
  const { t } = useTranslation();
  const run = useMutation({
    mutationFn: async () => (await unwrap(participants.POST('/api/participants/retention/run'))) as { pseudonymised: number },
  });
  return (
    <section className="card" aria-labelledby="retention">
      <h2 id="retention">{t('admin.retention.title')}</h2>
      <p>{t('admin.retention.intro')}</p>
      {run.data && <div className="notice success" role="status"><p>{t('admin.retention.result', { count: run.data.pseudonymised })}</p></div>}
      <ConfirmStep action={t('admin.retention.run')} question={t('admin.retention.confirmText')}
        yes={t('admin.retention.confirm')} no={t('admin.cancel')} pending={run.isPending} error={run.error}
        onAsk={() => run.reset()} onYes={(done) => run.mutate(undefined, { onSettled: done })} />
    </section>
  );
}

function AuditLog() {
  const { t } = useTranslation();
  const lang = currentLang();
  const [input, setInput] = useState('');
  const [participantId, setParticipantId] = useState<string>();
  const [page, setPage] = useState(0);
  const invalid = input.trim() !== '' && !UUID.test(input.trim());
  const entries = useQuery({
    queryKey: ['audit', participantId, page],
    queryFn: async () => (await unwrap(participants.GET('/api/participants/audit', {
      params: { query: { page, size: PAGE_SIZE, ...(participantId ? { participantId } : {}) } },
    }))) as AuditEntry[],
  });
  const search = (e: FormEvent) => {
    e.preventDefault();
    if (invalid) return;
    setParticipantId(input.trim() || undefined);
    setPage(0);
  };
  return (
    <section aria-labelledby="audit">
      <h2 id="audit">{t('admin.audit.title')}</h2>
      <p>{t('admin.audit.intro')}</p>
      <form onSubmit={search} className="search-bar">
        <div className="field">
          <label className="label" htmlFor="audit-person">{t('admin.audit.person')}</label>
          <p className="hint" id="audit-person-hint">{t('admin.audit.personHint')}</p>
          <input id="audit-person" type="search" value={input} onChange={(e) => setInput(e.target.value)} autoComplete="off"
            aria-describedby={invalid ? 'audit-person-hint audit-person-error' : 'audit-person-hint'} aria-invalid={invalid || undefined} />
          {invalid && <p className="error-text" id="audit-person-error">{t('admin.audit.personInvalid')}</p>}
        </div>
        <div className="actions"><button type="submit" className="button">{t('admin.audit.search')}</button></div>
      </form>
      {entries.isPending ? <Loading /> : entries.error ? <ErrorNotice error={entries.error} staff />
        : entries.data.length === 0 ? <p className="muted">{t('admin.audit.none')}</p> : (
          <table>
            <caption className="visually-hidden">{t('admin.audit.title')}</caption>
            <thead><tr>
              <th scope="col">{t('admin.audit.when')}</th><th scope="col">{t('admin.audit.who')}</th>
              <th scope="col">{t('admin.audit.what')}</th><th scope="col">{t('admin.audit.whose')}</th>
            </tr></thead>
            <tbody>
              {entries.data.map((e, i) => (
                <tr key={`${e.at}-${i}`}>
                  <td>{formatInstant(e.at, lang)}</td>
                  <td className="code">{loginOf(e.actor)}</td>
                  <td>{t(`admin.audit.action.${e.action}`)}{e.purpose ? <><br /><span className="small muted">{e.purpose}</span></> : null}</td>
                  <td className="code">{e.participantId ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      <div className="pager actions">
        <button type="button" className="button secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>{t('admin.audit.newer')}</button>
        <button type="button" className="button secondary" disabled={(entries.data?.length ?? 0) < PAGE_SIZE} onClick={() => setPage(page + 1)}>
          {t('admin.audit.older')}</button>
      </div>
    </section>
  );
}

/** Users, roles and passwords stay in Keycloak; these open its consoles for this realm. */
function Keycloak() {
  const { t } = useTranslation();
  const authority = useAuth().settings.authority.replace(/\/$/, '');
  const realm = authority.split('/realms/')[1] ?? '';
  const base = authority.split('/realms/')[0];
  return (
    <section className="card" aria-labelledby="users">
      <h2 id="users">{t('admin.users.title')}</h2>
      <p>{t('admin.users.intro')}</p>
      <ul>
        <li><a href={`${base}/admin/${realm}/console/`} target="_blank" rel="noreferrer">{t('admin.users.adminConsole')}</a></li>
        <li><a href={`${authority}/account/`} target="_blank" rel="noreferrer">{t('admin.users.accountConsole')}</a></li>
      </ul>
    </section>
  );
}
