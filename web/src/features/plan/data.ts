import { useQuery } from '@tanstack/react-query';
import { scheduling, unwrap } from '../../api/client';
import type { Candidate, Location, Plan, PlanShift, PlanSummary, ShiftChange } from '../../api/types';

export const planKeys = {
  locations: ['locations'] as const,
  summary: (locationId: string, month: string) => ['plans', 'summary', locationId, month] as const,
  plan: (id: string) => ['plans', 'one', id] as const,
  candidates: (shiftId: string) => ['plans', 'candidates', shiftId] as const,
  changes: (shiftId: string) => ['plans', 'changes', shiftId] as const,
};

export function useLocations() {
  return useQuery({
    queryKey: planKeys.locations,
    queryFn: async () => (await unwrap(scheduling.GET('/api/scheduling/locations'))) as Location[],
    staleTime: 60_000,
  });
}

/** The location's plan of the month, if one was made (there is at most one). */
export function usePlanOf(locationId: string, month: string) {
  return useQuery({
    queryKey: planKeys.summary(locationId, month),
    enabled: !!locationId,
    queryFn: async () => {
      const found = (await unwrap(scheduling.GET('/api/scheduling/plans', { params: { query: { locationId, month } } }))) as PlanSummary[];
      return found[0] ?? null;
    },
  });
}

export function usePlan(id: string | undefined) {
  return useQuery({
    queryKey: planKeys.plan(id ?? ''),
    enabled: !!id,
    queryFn: async () => (await unwrap(scheduling.GET('/api/scheduling/plans/{id}', { params: { path: { id: id! } } }))) as Plan,
  });
}

/** Who could take the shift: the service judges each peer by the assignment rules. */
export function useCandidates(shiftId: string) {
  return useQuery({
    queryKey: planKeys.candidates(shiftId),
    queryFn: async () => (await unwrap(scheduling.GET('/api/scheduling/shifts/{shiftId}/candidates', {
      params: { path: { shiftId } } }))) as Candidate[],
  });
}

export function useChanges(shiftId: string) {
  return useQuery({
    queryKey: planKeys.changes(shiftId),
    queryFn: async () => (await unwrap(scheduling.GET('/api/scheduling/shifts/{shiftId}/changes', {
      params: { path: { shiftId } } }))) as ShiftChange[],
  });
}

/** Per peer in the plan: the days and minutes they are on, as the coordinator balances the month. */
export function countersOf(shifts: PlanShift[]) {
  const counters = new Map<string, { name: string; days: Set<string>; minutes: number; problems: number }>();
  for (const s of shifts) {
    if (s.cancelled) continue;
    for (const a of s.assignees) {
      if (a.state !== 'ASSIGNED') continue;
      const c = counters.get(a.participantId) ?? { name: a.displayName, days: new Set<string>(), minutes: 0, problems: 0 };
      c.days.add(s.date);
      c.minutes += minutesBetween(s.start, s.end);
      if (a.problem) c.problems++;
      counters.set(a.participantId, c);
    }
  }
  return [...counters.entries()].map(([id, c]) => ({ id, name: c.name, days: c.days.size, minutes: c.minutes, problems: c.problems }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function minutesBetween(start: string, end: string): number {
  const m = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return m(end) - m(start);
}

/** Still open places on shifts that are not cancelled: what publishing leaves for peers to sign up to. */
export function openPlaces(shifts: PlanShift[]): number {
  return shifts.filter((s) => !s.cancelled).reduce((sum, s) => sum + s.open, 0);
}
