import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatShiftTime } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { scheduling, unwrap } from '../../api/client';
import type { HelpKind } from '../../api/types';
import { useShift } from '../shifts/ShiftPage';
import { BackTo } from '../../components/BackTo';

const KINDS: HelpKind[] = ['KELA_BENEFITS', 'DIGITAL_SERVICES', 'HOUSING', 'SUBSTANCE_SERVICES',
  'ACCOMPANYING_TO_APPOINTMENT', 'JUST_TALKING', 'OTHER'];

/** The form the API has after a shift: kinds of help, people helped, how it went, free text. */
export default function FeedbackPage() {
  const { t } = useTranslation();
  const { shiftId = '' } = useParams();
  const { shift, isPending } = useShift(shiftId);
  const [kinds, setKinds] = useState<HelpKind[]>([]);
  const [people, setPeople] = useState('0');
  const [rating, setRating] = useState<number>();
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const queryClient = useQueryClient();
  const send = useMutation({
    mutationFn: () => unwrap(scheduling.POST('/api/scheduling/my/shifts/{shiftId}/feedback', {
      params: { path: { shiftId } },
      body: { helpKinds: kinds, peopleHelped: Number(people), rating: rating!, text: text.trim() || undefined },
    })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['my-shifts'] }),
  });
  const peopleValid = /^\d{1,3}$/.test(people) && Number(people) <= 200;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (kinds.length && rating && peopleValid) send.mutate();
  };
  const toggle = (k: HelpKind) => setKinds((old) => (old.includes(k) ? old.filter((x) => x !== k) : [...old, k]));
  return (
    <Page title={t('feedback.title')} back={<BackTo to={`/shifts/${shiftId}`} label={t('shift.pageTitle')} />}>
      {isPending ? <Loading /> : shift && (
        <p className="card"><span className="when">{formatShiftTime(shift.date, shift.start, shift.end, currentLang())}</span><br />{shift.location}</p>
      )}
      {send.isSuccess ? (
        <div className="notice success" role="status"><p>{t('feedback.thanks')}</p><p><Link to="/">{t('nav.home')}</Link></p></div>
      ) : (
        <form onSubmit={submit} noValidate>
          <p>{t('feedback.intro')}</p>
          <fieldset aria-describedby={tried && !kinds.length ? 'kinds-error' : undefined}>
            <legend className="label">{t('feedback.helpKinds')}</legend>
            {tried && !kinds.length && <span className="error-text" id="kinds-error">{t('feedback.pickKind')}</span>}
            {KINDS.map((k) => (
              <label key={k} className="choice">
                <input type="checkbox" checked={kinds.includes(k)} onChange={() => toggle(k)} />
                {t(`feedback.kind.${k}`)}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label className="label" htmlFor="people">{t('feedback.peopleHelped')}</label>
            {tried && !peopleValid && <span className="error-text" id="people-error">{t('errors.invalid')}</span>}
            <input id="people" type="number" inputMode="numeric" min={0} max={200} step={1} value={people}
              aria-invalid={tried && !peopleValid} aria-describedby={tried && !peopleValid ? 'people-error' : undefined}
              onChange={(e) => setPeople(e.target.value)} className="narrow" />
          </div>
          <fieldset aria-describedby={tried && !rating ? 'rating-error' : undefined}>
            <legend className="label">{t('feedback.rating')}</legend>
            {tried && !rating && <span className="error-text" id="rating-error">{t('feedback.pickRating')}</span>}
            {[5, 4, 3, 2, 1].map((r) => (
              <label key={r} className="choice">
                <input type="radio" name="rating" value={r} checked={rating === r} onChange={() => setRating(r)} />
                {t(`feedback.ratings.${r}`)}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label className="label" htmlFor="text">{t('feedback.text')}</label>
            <textarea id="text" maxLength={2000} value={text} onChange={(e) => setText(e.target.value)} />
          </div>
          {send.error && <ErrorNotice error={send.error} />}
          <button type="submit" className="button" disabled={send.isPending}>{t('feedback.send')}</button>
        </form>
      )}
    </Page>
  );
}
