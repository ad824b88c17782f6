package fi.vertaistyo.participant.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Entity
@Table(name = "programme")
public class Programme {

    @Id
    UUID id;

    @Column(nullable = false, updatable = false)
    String organisation;

    @Column(nullable = false, updatable = false)
    String code;

    @Column(nullable = false)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    ProgrammeKind kind;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @OneToMany
    @JoinColumn(name = "programme_id", insertable = false, updatable = false)
    @OrderBy("version")
    List<ProgrammeRules> rules = new ArrayList<>();

    protected Programme() {
    }

    Programme(String organisation, String code, String name, ProgrammeKind kind, Instant now) {
        this.id = UUID.randomUUID();
        this.organisation = organisation;
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public ProgrammeKind kind() {
        return kind;
    }

    /** The rules in force on a day: the latest version valid from that day or earlier. */
    public Optional<ProgrammeRules> rulesOn(LocalDate day) {
        ProgrammeRules found = null;
        for (ProgrammeRules r : rules) {
            if (!r.validFrom.isAfter(day) && (found == null || r.validFrom.isAfter(found.validFrom))) {
                found = r;
            }
        }
        return Optional.ofNullable(found);
    }

    public Optional<ProgrammeRules> latestRules() {
        return rules.stream().reduce((a, b) -> b.version > a.version ? b : a);
    }
}
