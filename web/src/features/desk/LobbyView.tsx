import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDay, formatInstant, formatTime, today } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { useStaffTexts } from '../staff/useStaffTexts';
import { useDeskDuty, useDesks } from './data';

/** How often the lobby screen asks again; a cancelled duty shows within this time. */
export const LOBBY_REFRESH_MS = 30_000;

/**
 * The lobby screen: "Today at the desk" in large type, for a screen nobody touches. It asks again
 * every half minute and follows the date past midnight; the sign-in renews itself in the background.
 */
export default function LobbyView() {
  const ready = useStaffTexts();
  return <main id="main" className="lobby">{ready ? <Lobby /> : <Loading />}</main>;
}

function Lobby() {
  const { t } = useTranslation();
  const lang = currentLang();
  const [params] = useSearchParams();
  const [day, setDay] = useState(today());
  useEffect(() => {
    const timer = window.setInterval(() => setDay(today()), LOBBY_REFRESH_MS);
    return () => window.clearInterval(timer);
  }, []);
  const desks = useDesks();
  const duty = useDeskDuty(day, day, LOBBY_REFRESH_MS);
  const chosen = params.get('desk');
  const shown = (desks.data ?? []).filter((d) => !chosen || d.deskId === chosen);
  useEffect(() => {
    document.title = `${t('desk.lobby.title')} – ${t('app.name')}`;
  }, [t]);
  if (desks.isPending || duty.isPending) return <Loading />;
  if (desks.error || duty.error) return <ErrorNotice error={desks.error ?? duty.error} staff />;
  return (
    <>
      <h1>{t('desk.lobby.title')} <span className="lobby-day">{formatDay(day, lang)}</span></h1>
      {shown.map((d) => {
        const duties = duty.data.filter((x) => x.deskId === d.deskId);
        return (
          <section key={d.deskId} aria-labelledby={`lobby-${d.deskId}`}>
            <h2 id={`lobby-${d.deskId}`}>{d.location}</h2>
            {duties.length === 0 ? <p className="lobby-empty">{t('desk.lobby.nobody')}</p> : (
              <ul className="lobby-list">
                {duties.map((x) => (
                  <li key={x.dutyId} className={x.status === 'CANCELLED' ? 'cancelled' : undefined}>
                    <span className="lobby-name">{x.status === 'REPLACEMENT_PENDING' ? t('desk.lobby.replacementPending') : x.displayName}</span>{' '}
                    <span className="lobby-time">{formatTime(x.start, lang)}–{formatTime(x.end, lang)}</span>
                    {x.status === 'CANCELLED' && <> <span className="lobby-note">{t('desk.lobby.notComing')}</span></>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      <p className="lobby-updated" aria-live="polite">{t('desk.lobby.updated', { at: formatInstant(new Date(duty.dataUpdatedAt).toISOString(), lang) })}</p>
    </>
  );
}
