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

    public boolean teaches(String moduleCode) {
        return modules.stream().anyMatch(m -> m.code.equals(moduleCode));
    }
}
