package fi.vertaistyo.training.enrolment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** The follow-up meeting (jatkotapaaminen) due six months after the participant's start training. */
@Entity
@Table(name = "follow_up")
public class FollowUp extends PanacheEntityBase {

    static final int MONTHS_AFTER_START = 6;

    @Id
    public UUID id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id")
    public Enrolment enrolment;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    /** The day agreed for the meeting, once agreed. */
    @Column(name = "meeting_on")
    public LocalDate meetingOn;

    @Column(name = "held_on")
    public LocalDate heldOn;

    public String note;

    /**
     * Six calendar months after the start; a start on a day the sixth month lacks (31 August) falls
     * on that month's last day (28 or 29 February).
     */
    public static LocalDate dueAfter(LocalDate start) {
        return start.plusMonths(MONTHS_AFTER_START);
    }

    protected FollowUp() {
    }

    /** The follow-up meeting an admitted trainee is owed, due six months after the term starts. */
    static FollowUp after(Enrolment enrolment) {
        FollowUp followUp = new FollowUp();
        followUp.id = UUID.randomUUID();
        followUp.enrolment = enrolment;
        followUp.dueOn = dueAfter(enrolment.term.startsOn);
        return followUp;
    }
}
