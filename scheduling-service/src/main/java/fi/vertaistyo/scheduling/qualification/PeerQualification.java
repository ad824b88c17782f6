package fi.vertaistyo.scheduling.qualification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A diploma a peer holds (or held, until revokedOn), from qualifications.v1. */
@Entity
@Table(name = "peer_qualification")
public class PeerQualification {

    @Id
    @Column(name = "diploma_id")
    UUID diplomaId;

    @Column(name = "participant_id", nullable = false)
    UUID participantId;

    @Column(nullable = false)
    String organisation;

    @Column(name = "qualification_code", nullable = false)
    String qualificationCode;

    @Column(name = "valid_from", nullable = false)
    LocalDate validFrom;

    @Column(name = "revoked_on")
    LocalDate revokedOn;

    protected PeerQualification() {
    }

    PeerQualification(QualificationEvents.DiplomaAwarded awarded) {
        diplomaId = awarded.diplomaId();
        participantId = awarded.participantId();
        organisation = awarded.organisation();
        qualificationCode = awarded.qualificationCode();
        validFrom = awarded.validFrom();
    }
}
