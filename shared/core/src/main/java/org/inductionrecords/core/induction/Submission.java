package org.inductionrecords.core.induction;

/** What a submission produced: a new assessment, or the replay of an earlier identical request. */
public sealed interface Submission {

    record Created(Assessment assessment, StoredResponse response) implements Submission {
    }

    record Replayed(StoredResponse response) implements Submission {
    }

    /**
     * The induction is no longer at the version the submission read (another submission or decision came
     * first): read it again and decide again.
     */
    record InductionChanged() implements Submission {
    }

    /** The key was used before for a different request. */
    record KeyMismatch() implements Submission {
    }
}
