package fi.vertaistyo.participant.programme;

import fi.vertaistyo.kit.validation.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record CreateProgramme(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "lower-case letters, digits and hyphens") String code,
        @NotBlank @SingleLine @Size(max = 120) String name,
        @NotNull ProgrammeKind kind,
        @NotNull @Valid ProgrammeRulesInput rules) {
}
