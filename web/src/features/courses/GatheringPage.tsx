import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { BackTo } from '../../components/BackTo';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { dayOf, formatInstant, timeOfInstant } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { training, unwrap } from '../../api/client';
import type { Gathering, GatheringSignup } from '../../api/types';
import { useGathering, useGatheringSignups, useTrainingPeers } from './data';
import { signedUpText } from './signedUp';

/**
 * One development, recreation or supervision day: who signed up; before it begins the coordinator may
 * sign someone up, once it has begun they record who came (walk-ins included) with one save.
 */
export default function GatheringPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const { gatheringId = '' } = useParams();
  const gathering = useGathering(gatheringId);
  const g = gathering.data;
  return (
    <Page title={g?.title ?? t('courses.gatherings')} back={<BackTo to="/courses" label={t('courses.title')} />}>
      {gathering.isPending ? <Loading /> : gathering.error ? <ErrorNotice error={gathering.error} staff /> : g && (
        <>
          <p><span className="tag">{t(`courses.gatheringKind.${g.kind}`)}</span></p>
          <p className="when">{formatInstant(g.startsAt, lang)}–{dayOf(g.endsAt) === dayOf(g.startsAt) ? timeOfInstant(g.endsAt, lang) : formatInstant(g.endsAt, lang)}</p>
          {g.place && <p>{g.place}</p>}
          <p>{signedUpText(g, t)}</p>
          {Date.parse(g.startsAt) <= Date.now() ? <Attendance gathering={g} /> : <SignUps gathering={g} />}
        </>
      )}
    </Page>
  );
}

function SignUps({ gathering }: { gathering: Gathering }) {
  const { t } = useTranslation();
  const signups = useGatheringSignups(gathering.id);
  return (
    <section aria-labelledby="signups">
      <h2 id="signups">{t('courses.whoSignedUp')}</h2>
      {signups.isPending ? <Loading /> : signups.error ? <ErrorNotice error={signups.error} staff />
        : signups.data.length === 0 ? <p className="muted">{t('courses.nobodySignedUp')}</p>
          : <ol>{signups.data.map((s) => <li key={s.participantId}>{s.displayName}</li>)}</ol>}
      <SignUpPerson gathering={gathering} signedUp={signups.data ?? []} />
    </section>
  );
}

function SignUpPerson({ gathering, signedUp }: { gathering: Gathering; signedUp: GatheringSignup[] }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const peers = useTrainingPeers();
  const [participantId, setParticipantId] = useState('');
  const candidates = (peers.data ?? []).filter((p) => !signedUp.some((s) => s.participantId === p.participantId));
  const signUp = useMutation({
    mutationFn: () => unwrap(training.POST('/api/training/gatherings/{id}/signups', { params: { path: { id: gathering.id } }, body: { participantId } })),
    onSuccess: () => {
      setParticipantId('');
      void queries.invalidateQueries({ queryKey: ['gathering-signups', gathering.id] });
      void queries.invalidateQueries({ queryKey: ['gathering', gathering.id] });
      void queries.invalidateQueries({ queryKey: ['gatherings'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    signUp.mutate();
  };
  if (candidates.length === 0) return null;
  return (
    <form onSubmit={submit} className="form-grid">
      <div className="field">
        <label className="label" htmlFor="signup-person">{t('courses.signUpPerson')}</label>
        <select id="signup-person" required value={participantId} onChange={(e) => setParticipantId(e.target.value)}>
          <option value="">{t('courses.choose')}</option>
          {candidates.map((p) => <option key={p.participantId} value={p.participantId}>{p.displayName}</option>)}
        </select>
      </div>
      {signUp.error && <ErrorNotice error={signUp.error} staff />}
      <div className="actions"><button type="submit" className="button" disabled={signUp.isPending}>{t('courses.signUp')}</button></div>
    </form>
  );
}

/** Who came: everyone signed up is listed (not yet marked = did not come); someone who came unannounced is added. */
function Attendance({ gathering }: { gathering: Gathering }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const signups = useGatheringSignups(gathering.id);
  const peers = useTrainingPeers();
  const [came, setCame] = useState<Record<string, boolean>>({});
  const [walkIns, setWalkIns] = useState<{ participantId: string; displayName: string }[]>([]);
  const [walkIn, setWalkIn] = useState('');
  const listed = [...(signups.data ?? []), ...walkIns.map((w) => ({ ...w, attended: null, signedUpAt: '' }))];
  const attended = (p: { participantId: string; attended?: boolean | null }) => came[p.participantId] ?? p.attended ?? false;
  const save = useMutation({
    mutationFn: () => unwrap(training.PUT('/api/training/gatherings/{id}/attendance', { params: { path: { id: gathering.id } }, body: {
      entries: listed.map((p) => ({ participantId: p.participantId, attended: attended(p) })),
    } })),
    onSuccess: () => {
      setCame({});
      setWalkIns([]);
      void queries.invalidateQueries({ queryKey: ['gathering-signups', gathering.id] });
      void queries.invalidateQueries({ queryKey: ['gathering', gathering.id] });
    },
  });
  const others = (peers.data ?? []).filter((p) => !listed.some((l) => l.participantId === p.participantId));
  const addWalkIn = () => {
    const peer = others.find((p) => p.participantId === walkIn);
    if (peer) {
      setWalkIns((all) => [...all, { participantId: peer.participantId, displayName: peer.displayName }]);
      setCame((all) => ({ ...all, [peer.participantId]: true }));
    }
    setWalkIn('');
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const count = listed.filter(attended).length;
  return (
    <section aria-labelledby="attendance">
      <h2 id="attendance">{t('courses.whoCame')}</h2>
      {signups.isPending ? <Loading /> : signups.error ? <ErrorNotice error={signups.error} staff /> : (
        <form onSubmit={submit}>
          {listed.length === 0 ? <p className="muted">{t('courses.nobodySignedUp')}</p> : (
            <fieldset className="field">
              <legend className="label">{t('courses.cameCount', { count, total: listed.length })}</legend>
              {listed.map((p) => (
                <label key={p.participantId} className="choice">
                  <input type="checkbox" checked={attended(p)} onChange={(e) => setCame((all) => ({ ...all, [p.participantId]: e.target.checked }))} />
                  {p.displayName}
                </label>
              ))}
            </fieldset>
          )}
          {others.length > 0 && (
            <div className="field">
              <label className="label" htmlFor="walk-in">{t('courses.cameWithout')}</label>
              <div className="inline">
                <select id="walk-in" value={walkIn} onChange={(e) => setWalkIn(e.target.value)}>
                  <option value="">{t('courses.choose')}</option>
                  {others.map((p) => <option key={p.participantId} value={p.participantId}>{p.displayName}</option>)}
                </select>
                <button type="button" className="button secondary" disabled={!walkIn} onClick={addWalkIn}>{t('courses.addToList')}</button>
              </div>
            </div>
          )}
          {save.error && <ErrorNotice error={save.error} staff />}
          {save.isSuccess && <p role="status">{t('courses.attendanceSaved')}</p>}
          {listed.length > 0 && <div className="actions"><button type="submit" className="button" disabled={save.isPending}>{t('courses.saveAttendance')}</button></div>}
        </form>
      )}
    </section>
  );
}
