package org.inductionrecords.core.induction;

import java.util.Optional;

/** What a submission produced: a new assessment, or the replay of an earlier identical request. */
public sealed interface Submission {

    record Created(Assessment assessment, StoredResponse response) implements Submission {
    }

    record Replayed(StoredResponse response) implements Submission {
    }

    /**
     * The induction did not meet the {@link SubmissionConditions}; here is what it is now (empty if
     * there is no such induction), for the policy and the rules to say why.
     */
    record InductionRefused(Optional<Induction> induction) implements Submission {
    }

    /** The key was used before for a different request. */
    record KeyMismatch() implements Submission {
    }
}
