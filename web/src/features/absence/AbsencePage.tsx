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
import { useShift } from '../shifts/ShiftPage';
import { BackTo } from '../../components/BackTo';

/** "I can't come": the notice is judged by the service under the programme's rule; the page only says the result. */
export default function AbsencePage() {
  const { t } = useTranslation();
  const { shiftId = '' } = useParams();
  const { shift, isPending } = useShift(shiftId);
  const [reason, setReason] = useState('');
  const queryClient = useQueryClient();
  const report = useMutation({
    mutationFn: () => unwrap(scheduling.POST('/api/scheduling/my/shifts/{shiftId}/absence', {
      params: { path: { shiftId } }, body: { reason: reason.trim() || undefined } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['my-shifts'] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    report.mutate();
  };
  return (
    <Page title={t('absence.title')} back={<BackTo to={`/shifts/${shiftId}`} label={t('shift.pageTitle')} />}>
      {isPending ? <Loading /> : shift && (
        <p className="card"><span className="when">{formatShiftTime(shift.date, shift.start, shift.end, currentLang())}</span><br />{shift.location}</p>
      )}
      {report.isSuccess ? (
        <div className="notice success" role="status">
          <p>{t('absence.sent')} {report.data?.notice && t(`notice.${report.data.notice}`)}</p>
          <p><Link to="/">{t('nav.home')}</Link></p>
        </div>
      ) : (
        <form onSubmit={submit} noValidate>
          <p>{t('absence.intro')}</p>
          <div className="field">
            <label className="label" htmlFor="reason">{t('absence.reason')}</label>
            <span className="hint" id="reason-hint">{t('absence.reasonHelp')}</span>
            <textarea id="reason" aria-describedby="reason-hint" maxLength={1000} value={reason}
              onChange={(e) => setReason(e.target.value)} />
          </div>
          {report.error && <ErrorNotice error={report.error} />}
          <button type="submit" className="button" disabled={report.isPending}>{t('absence.send')}</button>
        </form>
      )}
    </Page>
  );
}
