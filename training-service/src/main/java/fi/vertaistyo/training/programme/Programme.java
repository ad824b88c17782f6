package fi.vertaistyo.training.programme;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A training programme (e.g. Fattaluuta start training), its curriculum and the qualification it leads to. */
@Entity
@Table(name = "programme")
public class Programme extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String organisation;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    /** What a diploma of this programme qualifies for, as scheduling knows it (e.g. fattaluuta-diploma). */
    @Column(name = "qualification_code", nullable = false)
    public String qualificationCode;

    @ElementCollection
    @CollectionTable(name = "curriculum_module", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    public List<Module> modules = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Embeddable
    public static class Module {
        @Column(nullable = false)
        public String code;

        @Column(nullable = false)
        public String title;

        protected Module() {
        }

        public Module(String code, String title) {
            this.code = code;
            this.title = title;
        }
    }

    protected Programme() {
    }

    /** A new programme with its curriculum in the request's order (module codes checked unique by {@link Programmes}). */
    static Programme of(String organisation, ProgrammeRequests.NewProgramme request, Instant now) {
        Programme programme = new Programme();
        programme.id = UUID.randomUUID();
        programme.organisation = organisation;
        programme.code = request.code();
        programme.name = request.name();
        programme.qualificationCode = request.qualificationCode();
        request.modules().forEach(m -> programme.modules.add(new Module(m.code(), m.title())));
        programme.createdAt = now;
        return programme;
    }

    public boolean teaches(String moduleCode) {
        return modules.stream().anyMatch(m -> m.code.equals(moduleCode));
    }
}
