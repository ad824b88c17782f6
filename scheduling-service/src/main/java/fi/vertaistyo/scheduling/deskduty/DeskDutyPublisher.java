package fi.vertaistyo.scheduling.deskduty;

import fi.vertaistyo.scheduling.deskdutyversion.DeskDutyVersions;
import fi.vertaistyo.scheduling.location.Location;
import fi.vertaistyo.kit.outbox.Outbox;
import fi.vertaistyo.scheduling.peer.KnownPeer;
import fi.vertaistyo.scheduling.peer.Peers;
import fi.vertaistyo.scheduling.plan.DutyChanged;
import fi.vertaistyo.scheduling.plan.Shift;
import fi.vertaistyo.scheduling.plan.ShiftAssignment;
import fi.vertaistyo.scheduling.qualification.Qualifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells partner offices about a duty at one of their desks, through the outbox in the caller's
 * transaction, on the agency's own topic. Key: the duty id — the topic is compacted, so the newest record of
 * a duty is its state and replaces the earlier ones (an erased guide's name goes with them). Only published plans are told:
 * planning fires {@link DutyChanged} only for them.
 */
@ApplicationScoped
public class DeskDutyPublisher {

    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Outbox outbox;
    private final Peers peers;
    private final DeskDutyVersions versions;
    private final Qualifications qualifications;
    private final String topic;

    DeskDutyPublisher(Outbox outbox, Peers peers, DeskDutyVersions versions, Qualifications qualifications,
            @ConfigProperty(name = "vertaistyo.topics.desk-duty") String topic) {
        this.qualifications = qualifications;
        this.outbox = outbox;
        this.peers = peers;
        this.versions = versions;
        this.topic = topic;
    }

    /** Observed in the transaction of the change (a synchronous observer), so the event is written with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    void dutyChanged(@Observes DutyChanged change) {
        Location desk = change.location();
        Shift shift = change.shift();
        ShiftAssignment duty = change.duty();
        if (!desk.isPartnerDesk()) {
            return;
        }
        String displayName = peers.inOrganisation(duty.organisation, duty.participantId).map(KnownPeer::displayName)
                .orElseThrow();
        outbox.publish(topicOf(desk), DeskDuty.EVENT_TYPE, duty.id.toString(), new DeskDuty(duty.id, desk.id, desk.name,
                shift.workDate, HH_MM.format(shift.startsAt), HH_MM.format(shift.endsAt), displayName,
                status(desk, shift, duty)));
        versions.raise(desk.organisation, desk.agencyCode);
    }

    /**
     * Each partner agency's own topic, desk-duty.v1.&lt;organisation&gt;.&lt;agency&gt;: Kafka's ACLs work per
     * topic, so an office's user is allowed exactly its own (ADR 0020). Both codes are lower-case
     * letters, digits and dashes, which topic names allow.
     */
    String topicOf(Location desk) {
        return topic + "." + desk.organisation + "." + desk.agencyCode;
    }

    private DeskDuty.Status status(Location desk, Shift shift, ShiftAssignment duty) {
        boolean ended = shift.cancelled || !duty.isActive();
        boolean qualified = ended || desk.requiredQualification == null
                || qualifications.holds(duty.participantId, desk.requiredQualification, shift.workDate);
        return DeskDuty.Status.of(ended, qualified, shift.changedAfterPublish);
    }
}
