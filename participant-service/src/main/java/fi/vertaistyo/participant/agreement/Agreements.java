package fi.vertaistyo.participant.agreement;

import fi.vertaistyo.kit.time.Helsinki;
import fi.vertaistyo.participant.agreement.AgreementEvents.AgreementEnded;
import fi.vertaistyo.participant.agreement.AgreementEvents.AgreementInForce;
import fi.vertaistyo.participant.agreement.AgreementEvents.PayTerms;
import fi.vertaistyo.participant.agreement.AgreementRequests.AcceptRules;
import fi.vertaistyo.participant.agreement.AgreementRequests.CreateAgreement;
import fi.vertaistyo.participant.agreement.AgreementRequests.EndAgreement;
import fi.vertaistyo.participant.agreement.AgreementRequests.RenewAgreement;
import fi.vertaistyo.participant.audit.AuditAction;
import fi.vertaistyo.participant.audit.AuditLog;
import fi.vertaistyo.kit.outbox.Outbox;
import fi.vertaistyo.participant.peer.Participant;
import fi.vertaistyo.participant.peer.Participants;
import fi.vertaistyo.participant.peer.ParticipantStatus;
import fi.vertaistyo.participant.programme.Programme;
import fi.vertaistyo.participant.programme.ProgrammeRules;
import fi.vertaistyo.participant.programme.Programmes;
import fi.vertaistyo.participant.security.Caller;
import fi.vertaistyo.kit.problem.ProblemException;
import fi.vertaistyo.participant.peer.ParticipantLeft;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rules of individual work agreements: at most the programme's longest term, days per week in
 * the programme's range, hours per day up to the programme's, no overlap in one programme, and in
 * force only with the confidentiality agreement signed and the programme rules accepted.
 */
@ApplicationScoped
public class Agreements {

    static final String LEFT_THE_PROGRAMME = "Left the programme";

    private final EntityManager em;
    private final Participants participants;
    private final Programmes programmes;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final String topic;

    Agreements(EntityManager em, Participants participants, Programmes programmes, Outbox outbox,
            AuditLog audit, Clock clock, @ConfigProperty(name = "vertaistyo.topics.participants") String topic) {
        this.em = em;
        this.participants = participants;
        this.programmes = programmes;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.topic = topic;
    }

    @Transactional
    public AgreementView create(Caller caller, UUID participantId, CreateAgreement request) {
        Participant participant = participants.findWritable(caller, participantId);
        Agreement a = newAgreement(caller, participant, programmes.get(caller.organisation(), request.programmeId()),
                request.startsOn(), request.endsOn(), request.daysPerWeek(), request.minutesPerDay(),
                request.tasks().strip(), null);
        audit.record(caller, participantId, AuditAction.CREATE, "agreement");
        return AgreementView.of(a);
    }

    @Transactional
    public AgreementView signConfidentiality(Caller caller, UUID participantId, UUID agreementId, LocalDate signedOn) {
        Agreement a = find(caller, participantId, agreementId);
        requireOpen(a);
        requireNotFuture(signedOn, "signedOn");
        a.confidentialitySignedOn = signedOn;
        announceIfInForce(caller, a);
        audit.record(caller, participantId, AuditAction.UPDATE, "confidentiality agreement");
        return AgreementView.of(a);
    }

    @Transactional
    public AgreementView acceptRules(Caller caller, UUID participantId, UUID agreementId, AcceptRules acceptance) {
        Agreement a = find(caller, participantId, agreementId);
        requireOpen(a);
        requireNotFuture(acceptance.acceptedOn(), "acceptedOn");
        Programme programme = programmes.get(caller.organisation(), a.programmeId);
        int inForceAtStart = rulesOn(programme, a.startsOn).version();
        boolean exists = programme.latestRules().map(r -> acceptance.rulesVersion() <= r.version()).orElse(false);
        if (!exists || acceptance.rulesVersion() < inForceAtStart) {
            throw ProblemException.refused("Wrong rules version", "RULES_VERSION_NOT_ACCEPTED",
                    "The peer must accept version " + inForceAtStart + " of the programme's rules or a later one.");
        }
        a.rulesVersionAccepted = acceptance.rulesVersion();
        a.rulesAcceptedOn = acceptance.acceptedOn();
        announceIfInForce(caller, a);
        audit.record(caller, participantId, AuditAction.UPDATE, "programme rules accepted");
        return AgreementView.of(a);
    }

    @Transactional
    public AgreementView end(Caller caller, UUID participantId, UUID agreementId, EndAgreement request) {
        Agreement a = find(caller, participantId, agreementId);
        requireOpen(a);
        if (request.endedOn().isBefore(a.startsOn) || request.endedOn().isAfter(a.endsOn)) {
            throw ProblemException.refused("End outside the agreement", "END_OUTSIDE_AGREEMENT",
                    "An agreement can end between its first day and its agreed last day.");
        }
        boolean wasInForce = a.inForce();
        a.endedOn = request.endedOn();
        a.endReason = request.reason().strip();
        if (wasInForce) {
            outbox.publish(topic, AgreementEnded.TYPE, a.participantId.toString(),
                    new AgreementEnded(a.id, a.participantId, a.organisation, a.programmeId, a.endedOn));
        }
        audit.record(caller, participantId, AuditAction.UPDATE, "agreement ended");
        return AgreementView.of(a);
    }

    /**
     * Leaving the programme ends what is in force: every open agreement that has not run out ends on the
     * day they left, and one that had not begun ends the day before its first day (it covers nothing).
     * Runs inside the status change's transaction, so the status and the ends commit together.
     */
    void participantLeft(@Observes ParticipantLeft left) {
        List<Agreement> open = em.createQuery("""
                        from Agreement a where a.organisation = ?1 and a.participantId = ?2 and a.endedOn is null
                        and a.endsOn >= ?3 order by a.startsOn""", Agreement.class)
                .setParameter(1, left.caller().organisation()).setParameter(2, left.participantId())
                .setParameter(3, left.on()).getResultList();
        for (Agreement a : open) {
            boolean wasInForce = a.inForce();
            a.endedOn = a.startsOn.isAfter(left.on()) ? a.startsOn.minusDays(1) : left.on();
            a.endReason = LEFT_THE_PROGRAMME;
            if (wasInForce) {
                outbox.publish(topic, AgreementEnded.TYPE, a.participantId.toString(),
                        new AgreementEnded(a.id, a.participantId, a.organisation, a.programmeId, a.endedOn));
            }
            audit.record(left.caller(), left.participantId(), AuditAction.UPDATE, "agreement ended: left the programme");
        }
    }

    /**
     * Renewal makes a new agreement from the day after the old one's last day. The confidentiality
     * agreement carries over; the rules acceptance carries over while the same rules version is in force.
     */
    @Transactional
    public AgreementView renew(Caller caller, UUID participantId, UUID agreementId, RenewAgreement request) {
        Agreement old = find(caller, participantId, agreementId);
        Participant participant = participants.findWritable(caller, participantId);
        Programme programme = programmes.get(caller.organisation(), old.programmeId);
        LocalDate start = old.lastDay().plusDays(1);
        if (request.endsOn().isBefore(start)) {
            throw new ProblemException(400, "Invalid request", "The renewal must end on or after " + start + ".");
        }
        Agreement renewal = newAgreement(caller, participant, programme, start, request.endsOn(),
                request.daysPerWeek() != null ? request.daysPerWeek() : old.daysPerWeek,
                request.minutesPerDay() != null ? request.minutesPerDay() : old.minutesPerDay,
                request.tasks() != null && !request.tasks().isBlank() ? request.tasks().strip() : old.tasks, old.id);
        renewal.confidentialitySignedOn = old.confidentialitySignedOn;
        if (old.rulesVersionAccepted != null && old.rulesVersionAccepted >= rulesOn(programme, start).version()) {
            renewal.rulesVersionAccepted = old.rulesVersionAccepted;
            renewal.rulesAcceptedOn = old.rulesAcceptedOn;
        }
        announceIfInForce(caller, renewal);
        audit.record(caller, participantId, AuditAction.CREATE, "agreement renewal");
        return AgreementView.of(renewal);
    }

    @Transactional
    public List<AgreementView> ofParticipant(Caller caller, UUID participantId, String purpose) {
        participants.find(caller, participantId);
        audit.record(caller, participantId, AuditAction.READ, purpose);
        return history(caller.organisation(), participantId);
    }

    /** The participant's agreements, oldest first; the caller has resolved and audited the access. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AgreementView> history(String organisation, UUID participantId) {
        return em.createQuery("from Agreement a where a.organisation = ?1 and a.participantId = ?2 order by a.startsOn",
                Agreement.class).setParameter(1, organisation).setParameter(2, participantId)
                .getResultList().stream().map(AgreementView::of).toList();
    }

    /** Agreements in force whose last day is within the next {@code days} days, soonest first. */
    @Transactional
    public List<EndingAgreement> ending(Caller caller, int days) {
        LocalDate today = Helsinki.today(clock);
        List<Object[]> rows = em.createQuery("""
                select a.id, a.participantId, p.displayName, a.programmeId, a.endsOn
                from Agreement a, Participant p
                where p.id = a.participantId and a.organisation = ?1 and a.endedOn is null
                  and a.confidentialitySignedOn is not null and a.rulesVersionAccepted is not null
                  and a.endsOn between ?2 and ?3
                  and not exists (select 1 from Agreement r where r.renews = a.id)
                order by a.endsOn, a.id""", Object[].class)
                .setParameter(1, caller.organisation()).setParameter(2, today).setParameter(3, today.plusDays(days))
                .getResultList();
        audit.recordAll(caller, rows.stream().map(r -> (UUID) r[1]).distinct().toList(), AuditAction.LIST,
                "agreements ending");
        return rows.stream().map(r -> new EndingAgreement((UUID) r[0], (UUID) r[1], (String) r[2], (UUID) r[3],
                (LocalDate) r[4], ChronoUnit.DAYS.between(today, (LocalDate) r[4]))).toList();
    }

    /**
     * Participants who are not alumni and have no agreement in force covering today (signed, rules
     * accepted, today between its first and last day): those a coordinator has to make or renew one for.
     */
    @Transactional
    public List<MissingAgreement> missing(Caller caller) {
        LocalDate today = Helsinki.today(clock);
        List<Object[]> rows = em.createQuery("""
                select p.id, p.displayName, p.status,
                  (select max(coalesce(e.endedOn, e.endsOn)) from Agreement e where e.participantId = p.id and e.startsOn <= ?2)
                from Participant p
                where p.organisation = ?1 and p.status <> fi.vertaistyo.participant.peer.ParticipantStatus.ALUMNI
                  and not exists (select 1 from Agreement a where a.participantId = p.id
                    and a.confidentialitySignedOn is not null and a.rulesVersionAccepted is not null
                    and a.startsOn <= ?2 and coalesce(a.endedOn, a.endsOn) >= ?2)
                order by p.displayName, p.id""", Object[].class)
                .setParameter(1, caller.organisation()).setParameter(2, today).getResultList();
        audit.recordAll(caller, rows.stream().map(r -> (UUID) r[0]).toList(), AuditAction.LIST, "participants without an agreement");
        return rows.stream().map(r -> new MissingAgreement((UUID) r[0], (String) r[1], (ParticipantStatus) r[2],
                (LocalDate) r[3])).toList();
    }

    private Agreement newAgreement(Caller caller, Participant participant, Programme programme, LocalDate startsOn,
            LocalDate endsOn, int daysPerWeek, int minutesPerDay, String tasks, UUID renews) {
        if (participant.status() == ParticipantStatus.ALUMNI) {
            throw ProblemException.refused("Participant is an alumnus", "PARTICIPANT_ALUMNUS",
                    "Make the participant an applicant again before a new agreement.");
        }
        ProgrammeRules rules = rulesOn(programme, startsOn);
        LocalDate longestLastDay = startsOn.plusMonths(rules.maxAgreementMonths()).minusDays(1);
        if (endsOn.isAfter(longestLastDay)) {
            throw ProblemException.refused("Agreement too long", "AGREEMENT_TOO_LONG", "An agreement of this programme lasts at most "
                    + rules.maxAgreementMonths() + " months: from " + startsOn + " the last day is " + longestLastDay + ".");
        }
        if (daysPerWeek < rules.minDaysPerWeek() || daysPerWeek > rules.maxDaysPerWeek()) {
            throw ProblemException.refused("Days per week outside the programme's range", "DAYS_PER_WEEK_OUT_OF_RANGE", "This programme agrees "
                    + rules.minDaysPerWeek() + "–" + rules.maxDaysPerWeek() + " days a week.");
        }
        if (minutesPerDay > rules.minutesPerDay()) {
            throw ProblemException.refused("Too long a working day", "WORKING_DAY_TOO_LONG",
                    "This programme's working day is at most " + rules.minutesPerDay() + " minutes.");
        }
        long overlapping = em.createQuery("""
                select count(a) from Agreement a where a.participantId = ?1 and a.programmeId = ?2
                  and a.startsOn <= ?4 and coalesce(a.endedOn, a.endsOn) >= ?3""", Long.class)
                .setParameter(1, participant.id()).setParameter(2, programme.id())
                .setParameter(3, startsOn).setParameter(4, endsOn).getSingleResult();
        if (overlapping > 0) {
            throw ProblemException.refused("Agreements overlap", "AGREEMENTS_OVERLAP",
                    "The peer already has an agreement in this programme during these days.");
        }
        enrol(participant.id(), programme.id(), startsOn);
        Agreement a = new Agreement(caller.organisation(), participant.id(), programme.id(), startsOn, endsOn,
                daysPerWeek, minutesPerDay, tasks, renews, clock.instant());
        em.persist(a);
        return a;
    }

    private void enrol(UUID participantId, UUID programmeId, LocalDate on) {
        em.createNativeQuery("""
                insert into enrolment (participant_id, programme_id, enrolled_on) values (?1, ?2, ?3)
                on conflict do nothing""")
                .setParameter(1, participantId).setParameter(2, programmeId).setParameter(3, on).executeUpdate();
    }

    private void announceIfInForce(Caller caller, Agreement a) {
        if (!a.inForce()) {
            return;
        }
        Programme programme = programmes.get(caller.organisation(), a.programmeId);
        ProgrammeRules rules = rulesOn(programme, a.startsOn);
        outbox.publish(topic, AgreementInForce.TYPE, a.participantId.toString(), new AgreementInForce(a.id,
                a.participantId, a.organisation, a.programmeId, programme.code(), programme.kind().name(), a.startsOn,
                a.endsOn, a.daysPerWeek, a.minutesPerDay, new PayTerms(rules.version(),
                        rules.activityMoneyCentsPerHour(), rules.activityMoneyDailyCapCents())));
    }

    private static ProgrammeRules rulesOn(Programme programme, LocalDate day) {
        return programme.rulesOn(day).orElseThrow(() -> ProblemException.refused("No programme rules", "NO_PROGRAMME_RULES",
                "The programme has no rules in force on " + day + "."));
    }

    private Agreement find(Caller caller, UUID participantId, UUID agreementId) {
        return em.createQuery("from Agreement a where a.organisation = ?1 and a.participantId = ?2 and a.id = ?3",
                Agreement.class).setParameter(1, caller.organisation()).setParameter(2, participantId)
                .setParameter(3, agreementId).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("Agreement"));
    }

    private static void requireOpen(Agreement a) {
        if (a.endedOn != null) {
            throw ProblemException.refused("Agreement ended", "AGREEMENT_ENDED", "An ended agreement cannot be changed.");
        }
    }

    private void requireNotFuture(LocalDate day, String field) {
        if (day.isAfter(Helsinki.today(clock))) {
            throw new ProblemException(400, "Invalid request", field + " cannot be in the future.");
        }
    }
}
