package org.inductionrecords.core.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything kept of an induction once its six years have run: the basic record of induction status
 * (docs/RETENTION.md). Its components are the whole list; anything not named here (email, tutor link,
 * legal-hold reason, assessments, comments, idempotency records, the teacher's login) is removed.
 *
 * <p>{@code fte} and {@code extensionTerms} are decimal literals exactly as stored; {@code termsServed}
 * is the last assessed term, fixed before the assessments are deleted.
 */
public record BasicRecord(
        String inductionId,
        String schoolUrn,
        String trn,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String programme,
        LocalDate startDate,
        Optional<String> fte,
        Optional<String> outcome,
        Optional<LocalDate> outcomeDate,
        Optional<LocalDate> closedDate,
        Optional<String> extensionTerms,
        Optional<Integer> termsServed,
        Optional<LocalDate> retentionEnds,
        Optional<Instant> reducedAt) {

    public static final String REDUCED = "REDUCED";

    public BasicRecord {
        Objects.requireNonNull(inductionId);
        Objects.requireNonNull(schoolUrn);
        Objects.requireNonNull(trn);
        Objects.requireNonNull(givenName);
        Objects.requireNonNull(familyName);
        Objects.requireNonNull(dateOfBirth);
        Objects.requireNonNull(programme);
        Objects.requireNonNull(startDate);
        Objects.requireNonNull(fte);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(outcomeDate);
        Objects.requireNonNull(closedDate);
        Objects.requireNonNull(extensionTerms);
        Objects.requireNonNull(termsServed);
        Objects.requireNonNull(retentionEnds);
        Objects.requireNonNull(reducedAt);
    }

    /** The completion date of the national record: the outcome date, or the closing date without one. */
    public Optional<LocalDate> completionDate() {
        return outcomeDate.or(() -> closedDate);
    }

    public BasicRecord withTermsServed(int terms) {
        return new BasicRecord(inductionId, schoolUrn, trn, givenName, familyName, dateOfBirth, programme,
                startDate, fte, outcome, outcomeDate, closedDate, extensionTerms, Optional.of(terms),
                retentionEnds, reducedAt);
    }

    public BasicRecord reducedAt(Instant at) {
        return new BasicRecord(inductionId, schoolUrn, trn, givenName, familyName, dateOfBirth, programme,
                startDate, fte, outcome, outcomeDate, closedDate, extensionTerms, termsServed,
                retentionEnds, Optional.of(at));
    }
}
