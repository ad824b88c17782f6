import { Link, useParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { BackTo } from '../../components/BackTo';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SavedNotice } from '../../components/SavedNotice';
import { formatShiftTime, hasEnded, hasStarted } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { isOn, useMyShifts } from '../../data/peer';
import { scheduling, unwrap } from '../../api/client';
import type { MyShift } from '../../api/types';
import { ShiftStatus } from './ShiftStatus';

export function useShift(shiftId: string | undefined) {
  const shifts = useMyShifts();
  return { ...shifts, shift: shifts.data?.find((s) => s.shiftId === shiftId) };
}

export default function ShiftPage() {
  const { t } = useTranslation();
  const { shiftId } = useParams();
  const { shift, isPending, error, savedAt } = useShift(shiftId);
  return (
    <Page title={t('shift.pageTitle')} back={<BackTo to="/shifts" label={t('shifts.title')} />}>
      <SavedNotice savedAt={savedAt} />
      {isPending ? <Loading /> : error ? <ErrorNotice error={error} />
        : !shift ? <p>{t('shift.notFound')}</p> : <ShiftDetails shift={shift} offline={!!savedAt} />}
    </Page>
  );
}

function ShiftDetails({ shift, offline }: { shift: MyShift; offline: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const offer = useMutation({
    mutationFn: () => unwrap(scheduling.POST('/api/scheduling/my/shifts/{shiftId}/swap-offer', {
      params: { path: { shiftId: shift.shiftId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['my-shifts'] }),
  });
  const upcoming = !hasStarted(shift.date, shift.start);
  const ended = hasEnded(shift.date, shift.end);
  return (
    <>
      <div className="card lead">
        <p className="when">{formatShiftTime(shift.date, shift.start, shift.end, currentLang())} <ShiftStatus shift={shift} /></p>
        <p>{shift.location}</p>
        {shift.address && <p><span className="muted">{t('shift.address')}:</span> {shift.address}</p>}
        {isOn(shift) && <p>{shift.coworkers.length ? t('shift.with', { names: shift.coworkers.join(', ') }) : t('shift.alone')}</p>}
      </div>
      {shift.cancelled && <div className="notice"><p>{t('shift.cancelledText')}</p></div>}
      {!shift.cancelled && shift.state === 'SWAPPED' && <div className="notice success"><p>{t('shift.swappedText')}</p></div>}
      {!shift.cancelled && shift.state === 'REMOVED' && <div className="notice"><p>{t('shift.removedText')}</p></div>}
      {!shift.cancelled && shift.state === 'ABSENT' && (
        <div className="notice"><p>{t('shift.absentText')} {shift.absence && t(`notice.${shift.absence}`)}</p></div>
      )}
      {isOn(shift) && shift.changed && <div className="notice warning"><p>{t('shift.changedText')}</p></div>}
      {isOn(shift) && shift.swapOffered && <div className="notice"><p>{t('shift.offered')}</p></div>}
      {offer.error && <ErrorNotice error={offer.error} />}
      {isOn(shift) && !offline && (
        <div className="actions">
          {upcoming && <Link className="button" to={`/shifts/${shift.shiftId}/absence`}>{t('shift.cantCome')}</Link>}
          {upcoming && !shift.swapOffered && (
            <button type="button" className="button secondary" disabled={offer.isPending} onClick={() => offer.mutate()}>
              {t('shift.offer')}
            </button>
          )}
          {ended && !shift.feedbackGiven && <Link className="button" to={`/shifts/${shift.shiftId}/feedback`}>{t('shift.giveFeedback')}</Link>}
        </div>
      )}
      {isOn(shift) && upcoming && !shift.swapOffered && <p className="muted small">{t('shift.offerHelp')}</p>}
      {isOn(shift) && ended && shift.feedbackGiven && <p>{t('shift.feedbackGiven')}</p>}
    </>
  );
}
