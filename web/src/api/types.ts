import type { components as Scheduling } from './generated/scheduling';
import type { components as Payout } from './generated/payout';
import type { components as Training } from './generated/training';
import type { components as ParticipantApi } from './generated/participant';

/**
 * The generated schemas mark every field of a Java record optional; the services always write
 * them (nulls included). `Present` says so, keeping the listed fields nullable.
 */
type Present<T, Nullable extends keyof T = never> =
  { [P in Exclude<keyof T, Nullable>]-?: NonNullable<T[P]> } & { [P in Nullable]: T[P] | null };

type S = Scheduling['schemas'];
type P = Payout['schemas'];
type T = Training['schemas'];
type Pa = ParticipantApi['schemas'];

export type MyShift = Present<S['MyShift'], 'absence' | 'address'>;
export type OpenShift = Present<S['Open'], 'address'>;
export type HelpKind = S['HelpKind'];
export type Notice = S['Notice'];
export type MyFeedStatus = Present<S['MyFeedStatus'], 'createdAt' | 'lastUsedAt'>;
export type Statement = Present<P['Statement']>;
export type StatementDetail = { statement: Statement; entries: Present<P['Entry'], 'locationName' | 'belongsTo'>[] };
export type MyPayment = Present<P['MyPayment'], 'paidCents' | 'paidAt' | 'acknowledgedAt'>;
export type Enrolment = Present<T['EnrolmentView'], 'waitingPosition' | 'displayName' | 'enrolledAt' | 'followUpDueOn'>;
export type MySession = T['MySession'];
export type MyResults = T['MyResults'];
export type Diploma = T['DiplomaView'];

export type ParticipantStatus = Pa['ParticipantStatus'];
export type Participant = Present<Pa['ParticipantView'], 'email' | 'phone' | 'preferredLanguage' | 'alumniSince'>;
export type ParticipantPage = { items: Participant[]; page: number; size: number; total: number };
export type Agreement = Present<Pa['AgreementView'],
  'confidentialitySignedOn' | 'rulesAcceptedOn' | 'rulesVersionAccepted' | 'endedOn' | 'endReason' | 'renews' | 'tasks'>;
export type EndingAgreement = Present<Pa['EndingAgreement']>;
export type Programme = Present<Pa['ProgrammeView'], 'rulesVersionInForce'>;
export type MissingAgreement = Present<Pa['MissingAgreement'], 'lastAgreementEnded'>;

export type PlanSummary = Present<S['Summary'], 'publishedAt'>;
export type Assignee = Present<S['Assignee'], 'problem'>;
export type PlanShift = Omit<Present<S['ShiftView']>, 'assignees'> & { assignees: Assignee[] };
export type Plan = Omit<Present<S['PlanView'], 'publishedAt'>, 'shifts'> & { shifts: PlanShift[] };
export type Location = Present<S['LocationView'], 'agency' | 'deskAgreement' | 'openingHours'>;
export type Candidate = Present<S['Candidate'], 'reason' | 'detail'>;
export type ShiftChange = Present<S['ChangeView'], 'participantId' | 'reason'>;
export type DayOfWeek = S['DayOfWeek'];
export type AbsenceNotice = S['Notice'];
export type Absence = Present<S['AbsenceView'], 'reason' | 'reportedAt'>;
export type AttendanceRecord = Present<S['AttendanceView'], 'corrects' | 'reason'>;

export type LedgerMonth = Present<P['MonthView'], 'closedAt'>;
export type Reconciliation = Present<P['Reconciliation']>;
export type PayoutLine = Present<P['Line'], 'paidCents' | 'paidAt' | 'paidBy' | 'acknowledgedAt'>;
export type PayoutDaySummary = Omit<Present<P['PayoutDaySummary']>, 'reconciliation'> & { reconciliation: Reconciliation };
export type PayoutDay = Omit<Present<P['PayoutDayView']>, 'lines' | 'reconciliation'> & { lines: PayoutLine[]; reconciliation: Reconciliation };
export type FunderRow = Present<P['Row']>;
export type PartnerDesk = Present<S['PartnerDesk'], 'address' | 'openingHours'>;
export type DeskDuty = Present<S['DeskDuty']>;
export type DeskCounts = Present<S['DeskCounts']>;
export type DeskFeed = Present<S['Feed'], 'lastUsedAt' | 'path'>;
export type TaughtSession = Present<T['SessionView'], 'capacity' | 'onlineLink' | 'place' | 'trainer' | 'trainerId' | 'moduleCode'>;
export type RollEntry = Present<T['RollEntry'], 'remark' | 'status'>;
export type AttendanceStatus = T['AttendanceStatus'];
export type ExamComponent = T['ExamComponent'];
export type ExamResult = Present<T['ResultView'], 'score' | 'examiner' | 'examinerId'>;
export type AuditEntry = Present<Pa['AuditEntryView'], 'participantId' | 'purpose'>;
export type TrainingProgramme = Present<T['ProgrammeView']>;
export type TrainingTerm = Present<T['TermView'], 'attendanceThreshold'>;
export type Trainer = Present<T['TrainerView'], 'email' | 'phone'>;
export type TrainingPeer = Present<T['KnownPeerView']>;
export type Eligibility = Omit<Present<T['Eligibility'], 'diplomaId'>, 'attendance' | 'examComponents'>
  & { attendance: Present<T['Rate']>; examComponents: Record<string, Present<T['Latest'], 'examinedOn'>> };
export type TermDiploma = Present<T['DiplomaView'], 'revocationReason' | 'revokedOn'>;
export type FollowUp = Present<T['FollowUpView'], 'heldOn' | 'meetingOn' | 'note'>;
export type Gathering = Present<T['GatheringView'], 'capacity' | 'place' | 'termId' | 'youAreSignedUp'>;
export type GatheringKind = T['GatheringKind'];
export type GatheringSignup = Present<T['SignupView'], 'attended'>;
export type TrainerLogin = Present<T['TrainerLogin'], 'trainerId' | 'name'>;
export type LinkCode = Present<T['LinkCodeView']>;
export type CourseFeedback = Present<T['Summary'], 'content' | 'overall' | 'trainers'>;
export type GuideDeskDuty = Present<S['GuideDeskDuty'], 'requiredQualification' | 'problem'>;
export type SessionKindName = T['SessionKind'];
