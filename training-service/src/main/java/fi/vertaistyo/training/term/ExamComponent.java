package fi.vertaistyo.training.term;

/** The parts of the final exam; a term's rules say which of them a diploma requires. */
public enum ExamComponent {
    ORAL, WRITTEN, FORMS, PRACTICAL
}
