package fi.vertaistyo.scheduling.peer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What scheduling-service knows of a participant, from participants.v2 and participant-identities.v1 only: id, organisation,
 * display name and status. Never a legal name or contact.
 */
@Entity
@Table(name = "known_peer")
public class KnownPeer {

    @Id
    @Column(name = "participant_id")
    UUID participantId;

    @Column(nullable = false)
    String organisation;

    @Column(name = "display_name", nullable = false)
    String displayName;

    @Column(nullable = false)
    String status;

    @Column(name = "known_since", nullable = false)
    Instant knownSince;

    /** The peer's login (issuer#subject), so their own requests can be recognised; null when none. */
    @Column(name = "account_key")
    String accountKey;

    @Column(name = "erased_on")
    LocalDate erasedOn;

    public UUID participantId() {
        return participantId;
    }

    public String organisation() {
        return organisation;
    }

    public String displayName() {
        return displayName;
    }

    /** Paused peers and alumni are not given shifts. */
    public boolean mayWork() {
        return !"PAUSED".equals(status) && !"ALUMNI".equals(status);
    }

    public String status() {
        return status;
    }

    protected KnownPeer() {
    }

    /** Named when the identity arrives; until then (milliseconds) by a neutral placeholder. */
    KnownPeer(ParticipantRegistered registered, Instant now) {
        participantId = registered.participantId();
        organisation = registered.organisation();
        displayName = "Participant " + participantId.toString().substring(0, 8);
        status = registered.status();
        knownSince = now;
    }

    void identify(String displayName, String accountKey) {
        if (erasedOn == null) {
            this.displayName = displayName;
            this.accountKey = accountKey;
        }
    }

    /** Erased stays erased: an identity record that arrives late cannot bring the name back. */
    void erase(String pseudonym, LocalDate on) {
        displayName = pseudonym;
        accountKey = null;
        erasedOn = on;
    }
}
