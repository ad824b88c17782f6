package fi.vertaistyo.kit.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityEventLogTest {

    @Test
    void controlCharactersCannotForgeLogLines() {
        assertThat(SecurityEventLog.safe("/api/x\r\n2026-11-23 INFO forged")).doesNotContain("\r", "\n");
        assertThat(SecurityEventLog.safe("a".repeat(500))).hasSizeLessThan(210);
    }
}
