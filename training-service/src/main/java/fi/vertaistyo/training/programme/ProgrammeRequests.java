package fi.vertaistyo.training.programme;

import fi.vertaistyo.kit.validation.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

public final class ProgrammeRequests {

    private ProgrammeRequests() {
    }

    public record NewProgramme(
            @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "lower-case letters, digits and dashes") String code,
            @NotBlank @SingleLine @Size(max = 120) String name,
            @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "lower-case letters, digits and dashes")
            String qualificationCode,
            @NotEmpty @Size(max = 60) List<@Valid @NotNull NewModule> modules) {
    }

    public record NewModule(
            @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "lower-case letters, digits and dashes") String code,
            @NotBlank @SingleLine @Size(max = 120) String title) {
    }
}
