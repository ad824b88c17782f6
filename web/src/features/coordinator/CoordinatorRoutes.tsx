import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';

const PeersPage = lazy(() => import('../peers/PeersPage'));
const RegisterPeerPage = lazy(() => import('../peers/RegisterPeerPage'));
const PeerPage = lazy(() => import('../peers/PeerPage'));
const PlanPage = lazy(() => import('../plan/PlanPage'));

/** The coordinator's console. The services decide what a coordinator may do; these are only the pages. */
export default function CoordinatorRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to="/peers" replace />} />
      <Route path="peers" element={<PeersPage />} />
      <Route path="peers/new" element={<RegisterPeerPage />} />
      <Route path="peers/:id" element={<PeerPage />} />
      <Route path="plan" element={<PlanPage />} />
      <Route path="*" element={<Navigate to="/peers" replace />} />
    </Routes>
  );
}
