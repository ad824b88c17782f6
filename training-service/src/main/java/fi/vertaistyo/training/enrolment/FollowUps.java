package fi.vertaistyo.training.enrolment;

import fi.vertaistyo.training.peer.KnownPeers;
import fi.vertaistyo.kit.problem.ProblemException;
import fi.vertaistyo.kit.problem.Scoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Follow-up meetings: due six months after the start training, then agreed and held. */
@ApplicationScoped
public class FollowUps {

    private final KnownPeers peers;

    FollowUps(KnownPeers peers) {
        this.peers = peers;
    }

    @Transactional
    public List<EnrolmentViews.FollowUpView> due(String organisation, LocalDate from, LocalDate to) {
        List<FollowUp> due = FollowUp.list("""
                select f from FollowUp f join fetch f.enrolment e join fetch e.term t
                where t.organisation = ?1 and f.dueOn between ?2 and ?3 order by f.dueOn, f.id""", organisation, from, to);
        Map<UUID, String> names = peers.displayNames(due.stream().map(f -> f.enrolment.participantId).toList());
        return due.stream().map(f -> view(f, names.get(f.enrolment.participantId))).toList();
    }

    @Transactional
    public EnrolmentViews.FollowUpView update(String organisation, UUID id, EnrolmentViews.FollowUpUpdate update) {
        FollowUp followUp = Scoped.toOrganisation(FollowUp.<FollowUp>findById(id), f -> f.enrolment.term.organisation,
                organisation, "The follow-up");
        LocalDate start = followUp.enrolment.term.startsOn;
        if (update.meetingOn() != null && update.meetingOn().isBefore(start)
                || update.heldOn() != null && update.heldOn().isBefore(start)) {
            throw new ProblemException(400, "Invalid request", "A follow-up comes after the start training.");
        }
        followUp.meetingOn = update.meetingOn();
        followUp.heldOn = update.heldOn();
        followUp.note = update.note() == null || update.note().isBlank() ? null : update.note().strip();
        return view(followUp, peers.displayNames(List.of(followUp.enrolment.participantId))
                .get(followUp.enrolment.participantId));
    }

    private static EnrolmentViews.FollowUpView view(FollowUp f, String displayName) {
        return new EnrolmentViews.FollowUpView(f.id, f.enrolment.term.id, f.enrolment.term.name,
                f.enrolment.participantId, displayName, f.enrolment.term.startsOn, f.dueOn, f.meetingOn, f.heldOn,
                f.note);
    }
}
