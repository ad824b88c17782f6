package fi.vertaistyo.training.diploma;

import fi.vertaistyo.kit.time.Helsinki;
import fi.vertaistyo.training.attendance.AttendanceRequests.Rate;
import fi.vertaistyo.training.attendance.SessionAttendances;
import fi.vertaistyo.training.enrolment.Enrolments;
import fi.vertaistyo.training.exam.ExamResults;
import fi.vertaistyo.training.exam.ExamViews.Latest;
import fi.vertaistyo.kit.outbox.Outbox;
import fi.vertaistyo.training.peer.KnownPeers;
import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.training.term.ExamComponent;
import fi.vertaistyo.training.term.Term;
import fi.vertaistyo.training.term.Terms;
import fi.vertaistyo.kit.problem.ProblemException;
import fi.vertaistyo.kit.problem.Scoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Diplomas: awarded when the term's rules are met, revoked with a reason, verified by code. Each
 * award and revocation is published on qualifications.v1 in the same transaction (outbox).
 */
@ApplicationScoped
public class Diplomas {

    private final Terms terms;
    private final Enrolments enrolments;
    private final SessionAttendances attendances;
    private final ExamResults exams;
    private final KnownPeers peers;
    private final Outbox outbox;
    private final CurrentUser user;
    private final Clock clock;
    private final String topic;

    Diplomas(Terms terms, Enrolments enrolments, SessionAttendances attendances, ExamResults exams, KnownPeers peers,
            Outbox outbox, CurrentUser user, Clock clock,
            @ConfigProperty(name = "vertaistyo.topics.qualifications") String topic) {
        this.terms = terms;
        this.enrolments = enrolments;
        this.attendances = attendances;
        this.exams = exams;
        this.peers = peers;
        this.outbox = outbox;
        this.user = user;
        this.clock = clock;
        this.topic = topic;
    }

    /** Every enrolled participant of the term against the diploma rules. */
    @Transactional
    public List<DiplomaViews.Eligibility> eligibility(String organisation, UUID termId) {
        Term term = terms.inOrganisation(organisation, termId);
        List<UUID> enrolled = enrolments.enrolledIn(term);
        Map<UUID, Rate> rates = attendances.rates(term, enrolled);
        Map<UUID, Map<ExamComponent, Latest>> latest = exams.latest(term, enrolled);
        Map<UUID, String> names = peers.displayNames(enrolled);
        Map<UUID, UUID> diplomas = Diploma.<Diploma>list("term", term).stream()
                .collect(Collectors.toMap(d -> d.participantId, d -> d.id));
        return enrolled.stream().map(p -> {
            Map<ExamComponent, Latest> results = latest.getOrDefault(p, Map.of());
            DiplomaRule.Decision decision = DiplomaRule.decide(rates.get(p), term.attendanceThreshold, term.required(),
                    results);
            return new DiplomaViews.Eligibility(p, names.get(p), rates.get(p), results, decision.eligible(),
                    decision.unmet(), diplomas.get(p));
        }).sorted(Comparator.comparing(DiplomaViews.Eligibility::displayName, Comparator.nullsLast(String::compareTo)))
                .toList();
    }

    @Transactional
    public DiplomaViews.DiplomaView award(String organisation, UUID termId, DiplomaViews.Award request) {
        Term term = terms.lockedInOrganisation(organisation, termId);
        UUID participant = request.participantId();
        String name = peers.inOrganisation(participant, organisation).displayName();
        if (!enrolments.isEnrolled(term, participant)) {
            throw ProblemException.refused("Not enrolled", "NOT_ENROLLED",
                    "A diploma is awarded to a participant enrolled in the term.");
        }
        if (Diploma.count("term = ?1 and participantId = ?2", term, participant) > 0) {
            throw ProblemException.refused("Already awarded", "DIPLOMA_ALREADY_AWARDED",
                    "The participant already has this term's diploma.");
        }
        Map<ExamComponent, Latest> results = exams.latest(term, List.of(participant)).getOrDefault(participant, Map.of());
        Set<ExamComponent> required = term.required();
        DiplomaRule.Decision decision = DiplomaRule.decide(attendances.rates(term, List.of(participant)).get(participant),
                term.attendanceThreshold, required, results);
        if (!decision.eligible()) {
            throw ProblemException.refused("Diploma requirements not met", "DIPLOMA_REQUIREMENTS_NOT_MET",
                    String.join("; ", decision.unmet()) + ".");
        }
        LocalDate today = Helsinki.today(clock);
        LocalDate validFrom = request.validFrom() == null ? today : request.validFrom();
        LocalDate requirementsMet = results.entrySet().stream().filter(e -> required.contains(e.getKey()))
                .map(e -> e.getValue().examinedOn()).max(Comparator.naturalOrder()).orElse(term.startsOn);
        if (validFrom.isAfter(today) || validFrom.isBefore(requirementsMet)) {
            throw new ProblemException(400, "Invalid request",
                    "validFrom must lie between the last required exam (" + requirementsMet + ") and today.");
        }
        Diploma diploma = Diploma.award(term, participant, validFrom, user.userKey(), clock.instant());
        diploma.persist();
        outbox.publish(topic, QualificationEvents.DiplomaAwarded.TYPE, participant.toString(),
                new QualificationEvents.DiplomaAwarded(diploma.id, participant, organisation, diploma.qualificationCode,
                        validFrom));
        return DiplomaViews.DiplomaView.of(diploma, name);
    }

    @Transactional
    public List<DiplomaViews.DiplomaView> ofTerm(String organisation, UUID termId) {
        Term term = terms.inOrganisation(organisation, termId);
        List<Diploma> diplomas = Diploma.list("term", term);
        Map<UUID, String> names = peers.displayNames(diplomas.stream().map(d -> d.participantId).toList());
        return diplomas.stream().map(d -> DiplomaViews.DiplomaView.of(d, names.get(d.participantId)))
                .sorted(Comparator.comparing(DiplomaViews.DiplomaView::displayName, Comparator.nullsLast(String::compareTo)))
                .toList();
    }

    /** Revokes the diploma from revokedOn on; the reason stays here, only the date travels. */
    @Transactional
    public DiplomaViews.DiplomaView revoke(String organisation, UUID id, DiplomaViews.Revoke request) {
        Diploma diploma = Scoped.toOrganisation(Diploma.<Diploma>findById(id), d -> d.organisation, organisation,
                "The diploma");
        Diploma.getEntityManager().lock(diploma, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (diploma.revokedOn != null) {
            throw ProblemException.refused("Already revoked", "DIPLOMA_ALREADY_REVOKED",
                    "The diploma was revoked from " + diploma.revokedOn + ".");
        }
        LocalDate today = Helsinki.today(clock);
        LocalDate revokedOn = request.revokedOn() == null ? today : request.revokedOn();
        if (revokedOn.isBefore(today)) {
            throw new ProblemException(400, "Invalid request", "A revocation takes effect today or later, never in the past.");
        }
        diploma.revokedOn = revokedOn;
        diploma.revocationReason = request.reason().strip();
        diploma.revokedBy = user.userKey();
        diploma.revokedAt = clock.instant();
        outbox.publish(topic, QualificationEvents.DiplomaRevoked.TYPE, diploma.participantId.toString(),
                new QualificationEvents.DiplomaRevoked(diploma.id, diploma.participantId, organisation,
                        diploma.qualificationCode, revokedOn));
        return DiplomaViews.DiplomaView.of(diploma,
                peers.displayNames(List.of(diploma.participantId)).get(diploma.participantId));
    }

    /** Valid today or not; an unknown code and a revoked diploma look the same. */
    @Transactional
    public DiplomaViews.Verification verify(String typedCode) {
        String code = VerificationCode.normalise(typedCode);
        Diploma diploma = code == null ? null : Diploma.find("verificationCode", code).firstResult();
        return new DiplomaViews.Verification(diploma != null && diploma.validOn(Helsinki.today(clock)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<DiplomaViews.DiplomaView> ofParticipant(UUID participantId) {
        return Diploma.<Diploma>list("participantId", participantId).stream()
                .sorted(Comparator.comparing((Diploma d) -> d.validFrom).reversed())
                .map(d -> DiplomaViews.DiplomaView.of(d, null)).toList();
    }

}
