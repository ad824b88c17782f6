package fi.vertaistyo.participant.consent;

/** What a peer may consent to. Processing for a purpose stops when its consent is withdrawn. */
public enum ConsentPurpose {
    /** Being contacted for follow-ups after leaving the programme (pathway follow-ups need it). */
    FOLLOW_UP_CONTACT,
    /** Shift reminders by text message. */
    SMS_REMINDERS,
    /** An anonymised story in the programme's publications. */
    STORY_IN_PUBLICATIONS
}
