package fi.vertaistyo.scheduling.deskduty;

import fi.vertaistyo.scheduling.deskduty.version.DeskDutyVersions;
import fi.vertaistyo.scheduling.location.Location;
import fi.vertaistyo.scheduling.outbox.Outbox;
import fi.vertaistyo.scheduling.peer.KnownPeer;
import fi.vertaistyo.scheduling.peer.Peers;
import fi.vertaistyo.scheduling.plan.Shift;
import fi.vertaistyo.scheduling.plan.ShiftAssignment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells partner offices about a duty at one of their desks, through the outbox in the caller's
 * transaction (key: desk id, so one desk's changes stay in order). Only published plans are told.
 */
@ApplicationScoped
public class DeskDutyPublisher {

    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Outbox outbox;
    private final Peers peers;
    private final DeskDutyVersions versions;
    private final String topic;

    DeskDutyPublisher(Outbox outbox, Peers peers, DeskDutyVersions versions,
            @ConfigProperty(name = "vertaistyo.topics.desk-duty") String topic) {
        this.outbox = outbox;
        this.peers = peers;
        this.versions = versions;
        this.topic = topic;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void dutyChanged(Location desk, Shift shift, ShiftAssignment duty) {
        if (!desk.isPartnerDesk()) {
            return;
        }
        String displayName = peers.inOrganisation(duty.organisation, duty.participantId).map(KnownPeer::displayName)
                .orElseThrow();
        outbox.publish(topic, DeskDuty.EVENT_TYPE, desk.id.toString(), of(desk, shift, duty, displayName));
        versions.raise(desk.organisation, desk.agencyCode);
    }

    static DeskDuty of(Location desk, Shift shift, ShiftAssignment duty, String displayName) {
        return new DeskDuty(duty.id, desk.id, desk.name, shift.workDate, HH_MM.format(shift.startsAt),
                HH_MM.format(shift.endsAt), displayName, status(shift, duty));
    }

    static DeskDuty.Status status(Shift shift, ShiftAssignment duty) {
        if (shift.cancelled || !duty.isActive()) {
            return DeskDuty.Status.CANCELLED;
        }
        return shift.changedAfterPublish ? DeskDuty.Status.CHANGED : DeskDuty.Status.SCHEDULED;
    }
}
