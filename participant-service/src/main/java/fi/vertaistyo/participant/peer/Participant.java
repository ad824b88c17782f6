package fi.vertaistyo.participant.peer;

import fi.vertaistyo.kit.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A peer of one organisation. Never serialised to the API or to events as such. */
@Entity
@Table(name = "participant")
public class Participant {

    @Id
    UUID id;

    @Column(nullable = false, updatable = false)
    String organisation;

    @Column(name = "display_name", nullable = false)
    String displayName;

    @Column(name = "legal_name", nullable = false)
    String legalName;

    String email;

    String phone;

    @Column(name = "preferred_language", nullable = false)
    String preferredLanguage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ParticipantStatus status;

    @Column(name = "registered_at", nullable = false, updatable = false)
    Instant registeredAt;

    @Column(name = "alumni_since")
    LocalDate alumniSince;

    @Column(name = "account_subject")
    String accountSubject;

    @Column(name = "pseudonymised_at")
    Instant pseudonymisedAt;

    @Version
    long version;

    protected Participant() {
    }

    static Participant register(String organisation, RegisterParticipant request, Instant now) {
        Participant p = new Participant();
        p.id = UUID.randomUUID();
        p.organisation = organisation;
        p.displayName = request.displayName().strip();
        p.legalName = request.legalName().strip();
        p.email = request.email();
        p.phone = request.phone();
        p.preferredLanguage = request.preferredLanguage() == null ? "fi" : request.preferredLanguage();
        p.status = ParticipantStatus.APPLICANT;
        p.registeredAt = now;
        return p;
    }

    public UUID id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public ParticipantStatus status() {
        return status;
    }

    void changeStatus(ParticipantStatus next, LocalDate today) {
        refuseIfErased();
        if (!status.mayBecome(next)) {
            throw ProblemException.refused("Status change not allowed", "STATUS_CHANGE_NOT_ALLOWED",
                    "A participant who is " + status + " cannot become " + next + ".");
        }
        status = next;
        alumniSince = next == ParticipantStatus.ALUMNI ? today : null;
    }

    public boolean erased() {
        return pseudonymisedAt != null;
    }

    /** An erased participant stays erased: nothing personal can be written to the record again. */
    void refuseIfErased() {
        if (erased()) {
            throw ProblemException.refused("Participant erased", "PARTICIPANT_ERASED",
                    "This participant's personal data has been erased; the record can no longer be changed.");
        }
    }

    /** Erases names and contacts; the id, status and outcome statistics stay. */
    void pseudonymise(Instant now) {
        displayName = pseudonym(id);
        legalName = "";
        email = null;
        phone = null;
        accountSubject = null;
        pseudonymisedAt = now;
    }

    static String pseudonym(UUID id) {
        return "Pseudonym " + id.toString().substring(0, 8);
    }
}
