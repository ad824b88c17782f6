import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDay, formatTime, monthOf } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { training, unwrap } from '../../api/client';
import type { GuideDeskDuty, TermDiploma } from '../../api/types';
import { useGuideDeskDuties, useTermDiplomas } from './data';

/** The term's diplomas; revoking one first shows the guide's coming desk duties it takes away. */
export function Diplomas({ termId }: { termId: string }) {
  const { t } = useTranslation();
  const diplomas = useTermDiplomas(termId);
  return (
    <section aria-labelledby="diplomas">
      <h2 id="diplomas">{t('courses.diplomas')}</h2>
      {diplomas.isPending ? <Loading /> : diplomas.error ? <ErrorNotice error={diplomas.error} staff />
        : diplomas.data.length === 0 ? <p className="muted">{t('courses.noDiplomas')}</p> : (
          <ul className="list">{diplomas.data.map((d) => <DiplomaItem key={d.id} termId={termId} diploma={d} />)}</ul>
        )}
    </section>
  );
}

function DiplomaItem({ termId, diploma }: { termId: string; diploma: TermDiploma }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const queries = useQueryClient();
  const reasonId = useId();
  const [revoking, setRevoking] = useState(false);
  const [reason, setReason] = useState('');
  const duties = useGuideDeskDuties(revoking || diploma.revokedOn ? diploma.participantId : undefined);
  const revoke = useMutation({
    mutationFn: () => unwrap(training.POST('/api/training/diplomas/{id}/revocation', { params: { path: { id: diploma.id } }, body: { reason: reason.trim() } })),
    onSuccess: () => {
      setRevoking(false);
      void queries.invalidateQueries({ queryKey: ['term-diplomas', termId] });
      void queries.invalidateQueries({ queryKey: ['eligibility', termId] });
      // Scheduling hears of the revocation over Kafka; ask again shortly.
      window.setTimeout(() => void queries.invalidateQueries({ queryKey: ['guide-desk-duties', diploma.participantId] }), 3000);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim()) revoke.mutate();
  };
  return (
    <li aria-label={diploma.displayName}>
      <span className="title-plain">{diploma.displayName}</span>{' '}
      {diploma.revokedOn ? <span className="tag alert">{t('courses.revokedOn', { day: formatDay(diploma.revokedOn, lang, true) })}</span>
        : <span className="tag success">{t('courses.validFrom', { day: formatDay(diploma.validFrom, lang, true) })}</span>}
      <br /><span className="small muted">{t('courses.verificationCode')}</span> <span className="small code">{diploma.verificationCode}</span>
      {diploma.revokedOn && diploma.revocationReason && <><br /><span className="small">{diploma.revocationReason}</span></>}
      {(revoking || diploma.revokedOn) && (duties.isPending ? <Loading /> : duties.error ? <ErrorNotice error={duties.error} staff />
        : <AffectedDuties duties={duties.data} revoked={!!diploma.revokedOn} />)}
      {!diploma.revokedOn && !revoking && (
        <p><button type="button" className="button secondary" onClick={() => setRevoking(true)}
          aria-label={t('courses.revokeFor', { name: diploma.displayName })}>{t('courses.revoke')}</button></p>
      )}
      {revoking && (
        <form onSubmit={submit}>
          <div className="field">
            <label className="label" htmlFor={reasonId}>{t('courses.revokeReason')}</label>
            <input id={reasonId} type="text" required maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          {revoke.error && <ErrorNotice error={revoke.error} staff />}
          <div className="actions">
            <button type="submit" className="button danger" disabled={!reason.trim() || revoke.isPending}>{t('courses.confirmRevoke')}</button>
            <button type="button" className="button secondary" onClick={() => setRevoking(false)}>{t('courses.cancel')}</button>
          </div>
        </form>
      )}
    </li>
  );
}

function AffectedDuties({ duties, revoked }: { duties: GuideDeskDuty[]; revoked: boolean }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const needing = duties.filter((d) => d.requiredQualification);
  if (needing.length === 0) return <p>{t('courses.noDutiesAffected')}</p>;
  return (
    <div className={revoked ? 'notice alert' : 'notice warning'}>
      <p>{revoked ? t('courses.dutiesToReplan', { count: needing.filter((d) => d.problem).length }) : t('courses.dutiesAffected', { count: needing.length })}</p>
      <ul>
        {needing.map((d) => (
          <li key={d.dutyId}>
            {formatDay(d.date, lang)} {formatTime(d.start, lang)}–{formatTime(d.end, lang)}, {d.location}
            {d.problem && <> – <Link to={`/plan?location=${d.deskId}&month=${monthOf(d.date)}&shift=${d.shiftId}`}>{t('courses.findNewGuide')}</Link></>}
          </li>
        ))}
      </ul>
    </div>
  );
}
