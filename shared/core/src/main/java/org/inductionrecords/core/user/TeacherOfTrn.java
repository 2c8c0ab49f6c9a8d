package org.inductionrecords.core.user;

import java.util.Objects;
import java.util.Optional;

/**
 * What the directory holds about a TRN when an NQT login is asked for: the induction in progress (if
 * any) with its school, and the login already bound to the TRN (if any).
 */
public record TeacherOfTrn(String trn, Optional<InductionInProgress> inProgress, Optional<String> loginUserId) {

    /** The one induction in progress of a TRN, and the school its current period is at. */
    public record InductionInProgress(String inductionId, String schoolUrn) {
        public InductionInProgress {
            Objects.requireNonNull(inductionId, "inductionId");
            Objects.requireNonNull(schoolUrn, "schoolUrn");
        }
    }

    public TeacherOfTrn {
        Objects.requireNonNull(trn, "trn");
        Objects.requireNonNull(inProgress, "inProgress");
        Objects.requireNonNull(loginUserId, "loginUserId");
    }
}
