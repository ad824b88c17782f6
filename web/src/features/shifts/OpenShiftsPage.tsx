import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatShiftTime } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { useOpenShifts } from '../../data/peer';
import { scheduling, unwrap } from '../../api/client';
import type { OpenShift } from '../../api/types';
import { BackTo } from '../../components/BackTo';

export default function OpenShiftsPage() {
  const { t } = useTranslation();
  const open = useOpenShifts();
  const [taken, setTaken] = useState<string>();
  return (
    <Page title={t('open.title')} back={<BackTo to="/shifts" label={t('shifts.title')} />}>
      <p>{t('open.intro')}</p>
      {taken && (
        <div className="notice success" role="status">
          <p>{t('open.taken')} <Link to={`/shifts/${taken}`}>{t('shift.open')}</Link></p>
        </div>
      )}
      {open.isPending ? <Loading /> : open.error ? <ErrorNotice error={open.error} />
        : !open.data?.length ? <p>{t('open.none')}</p> : (
          <ul className="list">{open.data.map((s) => <OpenShiftItem key={s.shiftId} shift={s} onTaken={setTaken} />)}</ul>
        )}
    </Page>
  );
}

function OpenShiftItem({ shift, onTaken }: { shift: OpenShift; onTaken: (id: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const take = useMutation({
    mutationFn: () => unwrap(scheduling.POST('/api/scheduling/my/shifts/{shiftId}/sign-up', {
      params: { path: { shiftId: shift.shiftId } } })),
    onSuccess: async () => {
      onTaken(shift.shiftId);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['open-shifts'] }),
        queryClient.invalidateQueries({ queryKey: ['my-shifts'] }),
      ]);
    },
  });
  return (
    <li>
      <p className="when">{formatShiftTime(shift.date, shift.start, shift.end, currentLang())}</p>
      <p>{shift.location}{shift.address ? <><br /><span className="muted">{shift.address}</span></> : null}</p>
      <p className="muted">{shift.swap ? t('open.swap') : t('open.places', { count: shift.openPlaces })}</p>
      {take.error && <ErrorNotice error={take.error} />}
      <button type="button" className="button" disabled={take.isPending} onClick={() => take.mutate()}>{t('open.take')}</button>
    </li>
  );
}
