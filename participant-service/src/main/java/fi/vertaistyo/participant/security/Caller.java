package fi.vertaistyo.participant.security;

/** Who acts, as services need it: the organisation whose data they may touch, and the actor for the audit log. */
public record Caller(String organisation, String actor) {
}
