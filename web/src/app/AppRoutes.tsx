import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { RequireSignIn, SignInCallback } from '../auth/RequireSignIn';
import { SignedOutPage } from '../auth/SignedOutPage';
import { Layout, PEER_NAV } from './Layout';
import { Loading } from '../components/Loading';
import { useRoles } from '../auth/useRoles';
import { HomePage } from '../features/home/HomePage';
import { NoRolePage } from '../features/staff/NoRolePage';
import { hasStaffRole, staffNav } from '../features/staff/staffNav';

const MyShiftsPage = lazy(() => import('../features/shifts/MyShiftsPage'));
const ShiftPage = lazy(() => import('../features/shifts/ShiftPage'));
const OpenShiftsPage = lazy(() => import('../features/shifts/OpenShiftsPage'));
const AbsencePage = lazy(() => import('../features/absence/AbsencePage'));
const FeedbackPage = lazy(() => import('../features/feedback/FeedbackPage'));
const MoneyPage = lazy(() => import('../features/money/MoneyPage'));
const StatementPage = lazy(() => import('../features/money/StatementPage'));
const TrainingPage = lazy(() => import('../features/training/TrainingPage'));
const MyDataPage = lazy(() => import('../features/mydata/MyDataPage'));
const VerifyPage = lazy(() => import('../features/verify/VerifyPage'));
const StaffConsole = lazy(() => import('../features/staff/StaffConsole'));
const LobbyView = lazy(() => import('../features/desk/LobbyView'));

export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="/verify" element={<Layout publicPage><VerifyPage /></Layout>} />
        <Route path="/verify/:code" element={<Layout publicPage><VerifyPage /></Layout>} />
        <Route path="/signed-out" element={<Layout publicPage><SignedOutPage /></Layout>} />
        <Route path="/auth/callback" element={<SignInCallback />} />
        <Route path="*" element={<RequireSignIn><SignedIn /></RequireSignIn>} />
      </Routes>
    </Suspense>
  );
}

function SignedIn() {
  const roles = useRoles();
  if (hasStaffRole(roles)) {
    return (
      <Routes>
        {roles.includes('partner') && <Route path="/desk/lobby" element={<LobbyView />} />}
        <Route path="*" element={
          <Layout nav={staffNav(roles)} wide><Suspense fallback={<Loading />}><StaffConsole roles={roles} /></Suspense></Layout>
        } />
      </Routes>
    );
  }
  if (!roles.includes('peer')) {
    return <Layout><NoRolePage /></Layout>;
  }
  return (
    <Layout nav={PEER_NAV}>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route index element={<HomePage />} />
          <Route path="shifts" element={<MyShiftsPage />} />
          <Route path="shifts/:shiftId" element={<ShiftPage />} />
          <Route path="shifts/:shiftId/absence" element={<AbsencePage />} />
          <Route path="shifts/:shiftId/feedback" element={<FeedbackPage />} />
          <Route path="open-shifts" element={<OpenShiftsPage />} />
          <Route path="money" element={<MoneyPage />} />
          <Route path="money/:month" element={<StatementPage />} />
          <Route path="training" element={<TrainingPage />} />
          <Route path="me" element={<MyDataPage />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}
