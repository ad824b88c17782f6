import { lazy, useEffect, useState } from 'react';
import { enableStaffTexts } from '../../i18n/i18n';
import { Loading } from '../../components/Loading';
import { Navigate, Route, Routes } from 'react-router';

const PeersPage = lazy(() => import('../peers/PeersPage'));
const RegisterPeerPage = lazy(() => import('../peers/RegisterPeerPage'));
const PeerPage = lazy(() => import('../peers/PeerPage'));
const PlanPage = lazy(() => import('../plan/PlanPage'));
const LocationsPage = lazy(() => import('../locations/LocationsPage').then((m) => ({ default: m.LocationsPage })));
const LocationFormPage = lazy(() => import('../locations/LocationsPage').then((m) => ({ default: m.LocationFormPage })));
const IndicatorsPage = lazy(() => import('../indicators/IndicatorsPage'));
const AbsencesPage = lazy(() => import('../absences/AbsencesPage'));
const AttendancePage = lazy(() => import('../attendance/AttendancePage'));

/** The coordinator's console. The services decide what a coordinator may do; these are only the pages. */
export default function CoordinatorRoutes() {
  const [texts, setTexts] = useState(false);
  useEffect(() => {
    void enableStaffTexts().then(() => setTexts(true));
  }, []);
  if (!texts) return <Loading />;
  return (
    <Routes>
      <Route index element={<Navigate to="/peers" replace />} />
      <Route path="peers" element={<PeersPage />} />
      <Route path="peers/new" element={<RegisterPeerPage />} />
      <Route path="peers/:id" element={<PeerPage />} />
      <Route path="locations" element={<LocationsPage />} />
      <Route path="locations/new" element={<LocationFormPage />} />
      <Route path="locations/:id" element={<LocationFormPage />} />
      <Route path="plan" element={<PlanPage />} />
      <Route path="absences" element={<AbsencesPage />} />
      <Route path="attendance" element={<AttendancePage />} />
      <Route path="indicators" element={<IndicatorsPage />} />
      <Route path="*" element={<Navigate to="/peers" replace />} />
    </Routes>
  );
}
