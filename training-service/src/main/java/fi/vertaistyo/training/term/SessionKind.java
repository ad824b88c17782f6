package fi.vertaistyo.training.term;

/** A teaching session counts towards attendance; an exam session is where exam components are taken. */
public enum SessionKind {
    TEACHING, EXAM
}
