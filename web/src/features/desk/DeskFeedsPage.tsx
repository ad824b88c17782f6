import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FeedAddress } from '../../components/FeedAddress';
import { formatInstant } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { scheduling, unwrap } from '../../api/client';
import type { DeskFeed, PartnerDesk } from '../../api/types';
import { useDeskFeeds, useDesks } from './data';

/**
 * Our desks' calendar subscriptions: a secret address per desk for the office's shared calendar.
 * The service keeps only a hash, so an address is shown once, when it is made; one no longer wanted is revoked.
 */
export default function DeskFeedsPage() {
  const { t } = useTranslation();
  const desks = useDesks();
  const feeds = useDeskFeeds();
  return (
    <Page title={t('desk.feeds.title')}>
      <p>{t('desk.feeds.intro')}</p>
      {desks.isPending || feeds.isPending ? <Loading /> : desks.error ? <ErrorNotice error={desks.error} staff />
        : feeds.error ? <ErrorNotice error={feeds.error} staff />
          : desks.data.length === 0 ? <p className="muted">{t('desk.noDesks')}</p>
            : desks.data.map((d) => <DeskFeeds key={d.deskId} desk={d} feeds={feeds.data.filter((f) => f.deskId === d.deskId)} />)}
    </Page>
  );
}

function DeskFeeds({ desk, feeds }: { desk: PartnerDesk; feeds: DeskFeed[] }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const queries = useQueryClient();
  const [url, setUrl] = useState<string>();
  const create = useMutation({
    mutationFn: async () => (await unwrap(scheduling.POST('/api/scheduling/partner/calendar-feeds', { body: { deskId: desk.deskId } }))) as DeskFeed,
    onSuccess: (feed) => {
      setUrl(`${window.location.origin}${feed.path}`);
      void queries.invalidateQueries({ queryKey: ['desk-feeds'] });
    },
  });
  const revoke = useMutation({
    mutationFn: (feedId: string) => unwrap(scheduling.DELETE('/api/scheduling/partner/calendar-feeds/{feedId}', { params: { path: { feedId } } })),
    onSuccess: () => void queries.invalidateQueries({ queryKey: ['desk-feeds'] }),
  });
  const id = `feeds-${desk.deskId}`;
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{desk.location}</h2>
      {feeds.length === 0 ? <p className="muted">{t('desk.feeds.none')}</p> : (
        <ul className="list">
          {feeds.map((f) => (
            <li key={f.id}>
              <p>{t('desk.feeds.made', { at: formatInstant(f.createdAt, lang) })}{' '}
                <span className="muted">{f.lastUsedAt ? t('desk.feeds.lastUsed', { at: formatInstant(f.lastUsedAt, lang) }) : t('desk.feeds.neverUsed')}</span></p>
              <button type="button" className="button danger" disabled={revoke.isPending} onClick={() => revoke.mutate(f.id)}>
                {t('desk.feeds.revoke')}</button>
            </li>
          ))}
        </ul>
      )}
      {url && <FeedAddress url={url} />}
      {(create.error || revoke.error) && <ErrorNotice error={create.error ?? revoke.error} staff />}
      <button type="button" className="button" disabled={create.isPending} onClick={() => create.mutate()}>{t('desk.feeds.create')}</button>
    </section>
  );
}
