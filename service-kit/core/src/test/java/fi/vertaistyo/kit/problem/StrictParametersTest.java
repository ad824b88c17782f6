package fi.vertaistyo.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StrictParametersTest {

    enum Status { ACTIVE, PAUSED }

    private final StrictParameters parameters = new StrictParameters();

    private static QueryParam query(String name) {
        return new QueryParam() {
            @Override public String value() { return name; }
            @Override public Class<? extends Annotation> annotationType() { return QueryParam.class; }
        };
    }

    private static PathParam path(String name) {
        return new PathParam() {
            @Override public String value() { return name; }
            @Override public Class<? extends Annotation> annotationType() { return PathParam.class; }
        };
    }

    private <T> Problem refusal(Class<T> type, Annotation where, String value) {
        ParamConverter<T> converter = parameters.getConverter(type, type, new Annotation[] {where});
        WebApplicationException e = catchThrowableOfType(WebApplicationException.class, () -> converter.fromString(value));
        return (Problem) e.getResponse().getEntity();
    }

    @Test
    void aBadQueryValueIsA400NamingTheParameter() {
        Problem p = refusal(Integer.class, query("size"), "abc");
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.violations()).extracting(Problem.Violation::field).containsExactly("size");
        assertThat(refusal(int.class, query("page"), "1.5").status()).isEqualTo(400);
        assertThat(refusal(Status.class, query("status"), "SLEEPING").detail()).contains("ACTIVE, PAUSED");
        assertThat(refusal(LocalDate.class, query("from"), "2026-02-30").status()).isEqualTo(400);
        assertThat(refusal(LocalDate.class, query("from"), "+999999999-01-01").status()).isEqualTo(400);
        assertThat(refusal(YearMonth.class, query("month"), "-0001-01").status()).isEqualTo(400);
    }

    @Test
    void aPathThatNamesNothingIsA404() {
        assertThat(refusal(UUID.class, path("id"), "not-an-id").status()).isEqualTo(404);
    }

    @Test
    void goodValuesAreReadAndOtherTypesLeftToJaxRs() {
        assertThat(parameters.getConverter(Integer.class, Integer.class, new Annotation[] {query("size")}).fromString(" 20 ")).isEqualTo(20);
        assertThat(parameters.getConverter(LocalDate.class, LocalDate.class, new Annotation[] {query("from")}).fromString("2026-12-02"))
                .isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(parameters.getConverter(String.class, String.class, new Annotation[] {query("q")})).isNull();
    }
}
