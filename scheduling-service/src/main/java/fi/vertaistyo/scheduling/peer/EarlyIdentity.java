package fi.vertaistyo.scheduling.peer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * An identity that arrived before its participant's registration (the two travel on different topics):
 * kept here until the registration comes, then moved onto the {@link KnownPeer} and removed.
 */
@Entity
@Table(name = "early_identity")
class EarlyIdentity {

    @Id
    @Column(name = "participant_id")
    UUID participantId;

    @Column(nullable = false)
    String organisation;

    @Column(name = "display_name", nullable = false)
    String displayName;

    @Column(name = "account_key")
    String accountKey;

    protected EarlyIdentity() {
    }

    EarlyIdentity(ParticipantChanges.Identity identity) {
        participantId = identity.participantId();
        take(identity);
    }

    void take(ParticipantChanges.Identity identity) {
        organisation = identity.organisation();
        displayName = identity.displayName();
        accountKey = identity.accountKey();
    }
}
