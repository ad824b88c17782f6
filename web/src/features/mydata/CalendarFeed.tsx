import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FeedAddress } from '../../components/FeedAddress';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatInstant } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { scheduling, unwrap } from '../../api/client';
import type { MyFeedStatus } from '../../api/types';

/**
 * The private calendar address. The service keeps only its hash, so the address is shown once,
 * right after it is made; a lost one is replaced by a new one (the old stops working).
 */
export function CalendarFeed() {
  const { t } = useTranslation();
  const lang = currentLang();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState<string>();
  const status = useQuery({
    queryKey: ['my-calendar-feed'],
    queryFn: async () => (await unwrap(scheduling.GET('/api/scheduling/my/calendar-feed'))) as MyFeedStatus,
  });
  const create = useMutation({
    mutationFn: () => unwrap(scheduling.POST('/api/scheduling/my/calendar-feed')),
    onSuccess: (feed) => {
      setUrl(`${window.location.origin}${feed.path}`);
      void queryClient.invalidateQueries({ queryKey: ['my-calendar-feed'] });
    },
  });
  const revoke = useMutation({
    mutationFn: () => unwrap(scheduling.DELETE('/api/scheduling/my/calendar-feed')),
    onSuccess: () => {
      setUrl(undefined);
      void queryClient.invalidateQueries({ queryKey: ['my-calendar-feed'] });
    },
  });
  const active = status.data?.active;
  return (
    <section aria-labelledby="calendar">
      <h2 id="calendar">{t('me.calendarTitle')}</h2>
      <p>{t('me.calendarText')}</p>
      {status.isPending ? <Loading /> : status.error ? <ErrorNotice error={status.error} /> : (
        <p>{active ? t('me.calendarActive', { when: formatInstant(status.data!.createdAt!, lang) }) : t('me.calendarNone')}</p>
      )}
      {revoke.isSuccess && !active && <div className="notice" role="status"><p>{t('me.calendarRevoked')}</p></div>}
      {url && <FeedAddress url={url} />}
      {(create.error || revoke.error) && <ErrorNotice error={create.error ?? revoke.error} />}
      <div className="actions">
        <button type="button" className="button" disabled={create.isPending} onClick={() => create.mutate()}>
          {active ? t('me.calendarReplace') : t('me.calendarCreate')}
        </button>
        {active && (
          <button type="button" className="button danger" disabled={revoke.isPending} onClick={() => revoke.mutate()}>
            {t('me.calendarRevoke')}
          </button>
        )}
      </div>
      {active && <p className="muted small">{t('me.calendarReplaceHelp')}</p>}
    </section>
  );
}
