package fi.vertaistyo.training.term;

import fi.vertaistyo.training.programme.Programme;
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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** A term (cohort) of a programme: its calendar, its size and the rules its diplomas follow. */
@Entity
@Table(name = "term")
public class Term extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    public Programme programme;

    @Column(nullable = false)
    public String name;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    /** How many can be enrolled; the rest wait in line. */
    @Column(nullable = false)
    public int capacity;

    /** Percent of the term's teaching sessions a diploma needs attended (present or late). */
    @Column(name = "attendance_threshold", nullable = false)
    public int attendanceThreshold;

    @Column(name = "required_components", nullable = false)
    public String[] requiredComponents;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public Set<ExamComponent> required() {
        Set<ExamComponent> set = EnumSet.noneOf(ExamComponent.class);
        Arrays.stream(requiredComponents).map(ExamComponent::valueOf).forEach(set::add);
        return set;
    }

    protected Term() {
    }

    /** A term of the programme as the coordinator plans it; the attendance threshold and required exam parts given. */
    static Term of(String organisation, Programme programme, TermRequests.NewTerm request, int attendanceThreshold,
            Set<ExamComponent> requiredComponents, Instant now) {
        Term term = new Term();
        term.id = UUID.randomUUID();
        term.organisation = organisation;
        term.programme = programme;
        term.name = request.name().strip();
        term.startsOn = request.startsOn();
        term.endsOn = request.endsOn();
        term.capacity = request.capacity();
        term.attendanceThreshold = attendanceThreshold;
        term.requiredComponents = requiredComponents.stream().map(Enum::name).toArray(String[]::new);
        term.createdAt = now;
        return term;
    }
}
