package fi.vertaistyo.kit.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    @Test
    void aLostConnectionOrASerialisationConflictPassesAndIsRetried() {
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLException("gone", "08006")))).isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLException("conflict", "40001")))).isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLException("shutting down", "57P01")))).isTrue();
    }

    @Test
    void aRefusedRowDoesNotPassAndIsDeadLettered() {
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLException("duplicate", "23505")))).isFalse();
        assertThat(TransientFailures.isTransient(new IllegalStateException("a bug"))).isFalse();
    }
}
