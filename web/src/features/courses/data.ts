import { useQuery } from '@tanstack/react-query';
import { scheduling, training, unwrap } from '../../api/client';
import type {
  CourseFeedback, Eligibility, Enrolment, FollowUp, Gathering, GatheringSignup, GuideDeskDuty, TaughtSession, TermDiploma, Trainer,
  TrainingPeer, TrainingProgramme, TrainingTerm,
} from '../../api/types';
import { addDays, lastDayOf, today } from '../../format/format';

export const useProgrammes = () => useQuery({
  queryKey: ['training-programmes'],
  queryFn: async () => (await unwrap(training.GET('/api/training/programmes'))) as TrainingProgramme[],
});

export const useTerms = () => useQuery({
  queryKey: ['training-terms'],
  queryFn: async () => ((await unwrap(training.GET('/api/training/terms'))) as TrainingTerm[])
    .slice().sort((a, b) => b.startsOn.localeCompare(a.startsOn)),
});

export const useTrainers = () => useQuery({
  queryKey: ['trainers'],
  queryFn: async () => (await unwrap(training.GET('/api/training/trainers'))) as Trainer[],
});

export const useTrainingPeers = () => useQuery({
  queryKey: ['training-peers'],
  queryFn: async () => (await unwrap(training.GET('/api/training/peers'))) as TrainingPeer[],
});

export const useEnrolments = (termId: string) => useQuery({
  queryKey: ['enrolments', termId],
  queryFn: async () => (await unwrap(training.GET('/api/training/terms/{termId}/enrolments', { params: { path: { termId } } }))) as Enrolment[],
});

export const useTermSessions = (termId: string) => useQuery({
  queryKey: ['term-sessions', termId],
  queryFn: async () => (await unwrap(training.GET('/api/training/terms/{id}/sessions', { params: { path: { id: termId } } }))) as TaughtSession[],
});

export const useEligibility = (termId: string) => useQuery({
  queryKey: ['eligibility', termId],
  queryFn: async () => (await unwrap(training.GET('/api/training/terms/{termId}/diplomas/eligibility', { params: { path: { termId } } }))) as Eligibility[],
});

export const useTermDiplomas = (termId: string) => useQuery({
  queryKey: ['term-diplomas', termId],
  queryFn: async () => (await unwrap(training.GET('/api/training/terms/{termId}/diplomas', { params: { path: { termId } } }))) as TermDiploma[],
});

export const useCourseFeedback = (termId: string) => useQuery({
  queryKey: ['course-feedback', termId],
  queryFn: async () => (await unwrap(training.GET('/api/training/terms/{termId}/feedback', { params: { path: { termId } } }))) as CourseFeedback,
});

/** Follow-ups due from three months ago to six months ahead. */
export const useFollowUps = () => useQuery({
  queryKey: ['follow-ups'],
  queryFn: async () => (await unwrap(training.GET('/api/training/follow-ups', {
    params: { query: { from: addDays(today(), -92), to: addDays(today(), 183) } } }))) as FollowUp[],
});

/** Development, recreation and supervision days from a month ago (whose attendance may be due) to three months ahead. */
export const useGatherings = () => useQuery({
  queryKey: ['gatherings'],
  queryFn: async () => (await unwrap(training.GET('/api/training/gatherings', {
    params: { query: { from: addDays(today(), -31), to: addDays(today(), 92) } } }))) as Gathering[],
});

export const useGathering = (id: string) => useQuery({
  queryKey: ['gathering', id],
  queryFn: async () => (await unwrap(training.GET('/api/training/gatherings/{id}', { params: { path: { id } } }))) as Gathering,
});

export const useGatheringSignups = (id: string) => useQuery({
  queryKey: ['gathering-signups', id],
  queryFn: async () => (await unwrap(training.GET('/api/training/gatherings/{id}/signups', { params: { path: { id } } }))) as GatheringSignup[],
});

/** Every term's sessions and exams in a month (YYYY-MM), for the calendar. */
export const useMonthSessions = (month: string) => useQuery({
  queryKey: ['month-sessions', month],
  queryFn: async () => (await unwrap(training.GET('/api/training/sessions', {
    params: { query: { from: `${month}-01`, to: lastDayOf(month) } } }))) as TaughtSession[],
});

export const useMonthGatherings = (month: string) => useQuery({
  queryKey: ['month-gatherings', month],
  queryFn: async () => (await unwrap(training.GET('/api/training/gatherings', {
    params: { query: { from: `${month}-01`, to: lastDayOf(month) } } }))) as Gathering[],
});

/** The guide's desk duties from today for a year (scheduling): what revoking their diploma affects. */
export const useGuideDeskDuties = (participantId: string | undefined) => useQuery({
  queryKey: ['guide-desk-duties', participantId],
  enabled: participantId !== undefined,
  queryFn: async () => (await unwrap(scheduling.GET('/api/scheduling/peers/{participantId}/desk-duties', {
    params: { path: { participantId: participantId! }, query: { from: today(), to: addDays(today(), 365) } } }))) as GuideDeskDuty[],
});
