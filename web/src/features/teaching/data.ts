import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { training, unwrap } from '../../api/client';
import type { ExamResult, RollEntry, TaughtSession, TrainerLogin } from '../../api/types';

export function useTeaching() {
  return useQuery({
    queryKey: ['my-teaching'],
    queryFn: async () => (await unwrap(training.GET('/api/training/my/teaching'))) as TaughtSession[],
  });
}

/** Whether this login is linked to a trainer of the organisation (until then nobody's sessions are theirs). */
export function useTrainerLogin() {
  return useQuery({
    queryKey: ['trainer-login'],
    queryFn: async () => (await unwrap(training.GET('/api/training/my/trainer-login'))) as TrainerLogin,
  });
}

export function useRoll(sessionId: string) {
  return useQuery({
    queryKey: ['roll', sessionId],
    queryFn: async () => (await unwrap(training.GET('/api/training/sessions/{id}/attendance', { params: { path: { id: sessionId } } }))) as RollEntry[],
  });
}

export function useExamResults(sessionId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['exam-results', sessionId],
    enabled,
    queryFn: async () => (await unwrap(training.GET('/api/training/sessions/{id}/exam-results', { params: { path: { id: sessionId } } }))) as ExamResult[],
  });
}

/** A teaching session is named by its module; an exam by its term. */
export function sessionTitle(s: TaughtSession, t: TFunction): string {
  return s.kind === 'EXAM' ? t('teaching.examOf', { term: s.term }) : s.module;
}
