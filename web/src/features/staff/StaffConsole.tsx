import { lazy, type ReactElement } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useStaffTexts } from './useStaffTexts';
import { Loading } from '../../components/Loading';
import type { Role } from '../../auth/roles';
import { staffNav, type StaffRole } from './staffNav';

const PeersPage = lazy(() => import('../peers/PeersPage'));
const RegisterPeerPage = lazy(() => import('../peers/RegisterPeerPage'));
const PeerPage = lazy(() => import('../peers/PeerPage'));
const PlanPage = lazy(() => import('../plan/PlanPage'));
const LocationsPage = lazy(() => import('../locations/LocationsPage').then((m) => ({ default: m.LocationsPage })));
const LocationFormPage = lazy(() => import('../locations/LocationsPage').then((m) => ({ default: m.LocationFormPage })));
const IndicatorsPage = lazy(() => import('../indicators/IndicatorsPage'));
const AbsencesPage = lazy(() => import('../absences/AbsencesPage'));
const AttendancePage = lazy(() => import('../attendance/AttendancePage'));
const CoursesPage = lazy(() => import('../courses/CoursesPage'));
const TermPage = lazy(() => import('../courses/TermPage'));
const CalendarPage = lazy(() => import('../courses/CalendarPage'));
const GatheringPage = lazy(() => import('../courses/GatheringPage'));
const MonthsPage = lazy(() => import('../payout/MonthsPage'));
const MonthPage = lazy(() => import('../payout/MonthPage'));
const StatementDetailPage = lazy(() => import('../payout/StatementDetailPage'));
const PayoutDaysPage = lazy(() => import('../payout/PayoutDaysPage'));
const PayoutDayPage = lazy(() => import('../payout/PayoutDayPage'));
const PayoutListPrintPage = lazy(() => import('../payout/PayoutListPrintPage'));
const ReportPage = lazy(() => import('../payout/ReportPage'));
const DeskDutyPage = lazy(() => import('../desk/DeskDutyPage'));
const DeskFeedsPage = lazy(() => import('../desk/DeskFeedsPage'));
const TeachingPage = lazy(() => import('../teaching/TeachingPage'));
const RollCallPage = lazy(() => import('../teaching/RollCallPage'));
const AdminPage = lazy(() => import('../admin/AdminPage'));

interface Section {
  role: StaffRole;
  routes: ReactElement[];
}

/**
 * Each staff role's pages (the tabs are in staffNav, which the first load carries). A person with several roles sees
 * every part they hold; the services still decide what each call may do.
 */
const SECTIONS: Section[] = [
  {
    role: 'coordinator',
    routes: [
      <Route key="peers" path="peers" element={<PeersPage />} />,
      <Route key="peers/new" path="peers/new" element={<RegisterPeerPage />} />,
      <Route key="peers/:id" path="peers/:id" element={<PeerPage />} />,
      <Route key="locations" path="locations" element={<LocationsPage />} />,
      <Route key="locations/new" path="locations/new" element={<LocationFormPage />} />,
      <Route key="locations/:id" path="locations/:id" element={<LocationFormPage />} />,
      <Route key="plan" path="plan" element={<PlanPage />} />,
      <Route key="absences" path="absences" element={<AbsencesPage />} />,
      <Route key="attendance" path="attendance" element={<AttendancePage />} />,
      <Route key="indicators" path="indicators" element={<IndicatorsPage />} />,
      <Route key="courses" path="courses" element={<CoursesPage />} />,
      <Route key="term" path="courses/terms/:termId" element={<TermPage />} />,
      <Route key="calendar" path="courses/calendar" element={<CalendarPage />} />,
      <Route key="gathering" path="courses/gatherings/:gatheringId" element={<GatheringPage />} />,
    ],
  },
  {
    role: 'payout-officer',
    routes: [
      <Route key="months" path="payout/months" element={<MonthsPage />} />,
      <Route key="month" path="payout/months/:month" element={<MonthPage />} />,
      <Route key="statement" path="payout/months/:month/:participantId" element={<StatementDetailPage />} />,
      <Route key="days" path="payout/days" element={<PayoutDaysPage />} />,
      <Route key="day" path="payout/days/:id" element={<PayoutDayPage />} />,
      <Route key="print" path="payout/days/:id/print" element={<PayoutListPrintPage />} />,
      <Route key="report" path="payout/report" element={<ReportPage />} />,
    ],
  },
  {
    role: 'partner',
    routes: [
      <Route key="desk" path="desk" element={<DeskDutyPage />} />,
      <Route key="feeds" path="desk/calendar" element={<DeskFeedsPage />} />,
    ],
  },
  {
    role: 'trainer',
    routes: [
      <Route key="teaching" path="teaching" element={<TeachingPage />} />,
      <Route key="roll" path="teaching/:sessionId" element={<RollCallPage />} />,
    ],
  },
  {
    role: 'admin',
    routes: [<Route key="admin" path="admin" element={<AdminPage />} />],
  },
];

export default function StaffConsole({ roles }: { roles: Role[] }) {
  const ready = useStaffTexts();
  if (!ready) return <Loading />;
  const held = SECTIONS.filter((s) => roles.includes(s.role));
  const home = staffNav(roles)[0]?.to ?? '/';
  return (
    <Routes>
      <Route index element={<Navigate to={home} replace />} />
      {held.flatMap((s) => s.routes)}
      <Route path="*" element={<Navigate to={home} replace />} />
    </Routes>
  );
}
