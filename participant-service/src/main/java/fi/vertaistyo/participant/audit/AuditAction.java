package fi.vertaistyo.participant.audit;

public enum AuditAction {
    CREATE, READ, LIST, UPDATE, EXPORT, PSEUDONYMISE
}
