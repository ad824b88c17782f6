package fi.vertaistyo.kit.outbox;

/** CDI event: a transaction wrote an outbox row. Observed after commit to wake the relay. */
record OutboxAppended() {
}
