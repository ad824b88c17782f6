package fi.vertaistyo.training.diploma;

import fi.vertaistyo.training.term.Term;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A diploma of a term; valid from its day until revoked. Its verification code is the only thing shown publicly. */
@Entity
@Table(name = "diploma")
public class Diploma extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id")
    public Term term;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Column(nullable = false)
    public String organisation;

    @Column(name = "qualification_code", nullable = false)
    public String qualificationCode;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "verification_code", nullable = false)
    public String verificationCode;

    @Column(name = "awarded_by", nullable = false)
    public String awardedBy;

    @Column(name = "awarded_at", nullable = false)
    public Instant awardedAt;

    /** First day without the qualification. */
    @Column(name = "revoked_on")
    public LocalDate revokedOn;

    @Column(name = "revocation_reason")
    public String revocationReason;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    public boolean validOn(LocalDate day) {
        return !validFrom.isAfter(day) && (revokedOn == null || revokedOn.isAfter(day));
    }

    protected Diploma() {
    }

    /** The term's diploma for the participant, valid from the day given, with a fresh verification code. */
    static Diploma award(Term term, UUID participantId, LocalDate validFrom, String by, Instant now) {
        Diploma diploma = new Diploma();
        diploma.id = UUID.randomUUID();
        diploma.term = term;
        diploma.participantId = participantId;
        diploma.organisation = term.organisation;
        diploma.qualificationCode = term.programme.qualificationCode;
        diploma.validFrom = validFrom;
        diploma.verificationCode = VerificationCode.generate();
        diploma.awardedBy = by;
        diploma.awardedAt = now;
        return diploma;
    }
}
