package org.inductionrecords.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.InductionStatus;
import org.inductionrecords.core.induction.Outcome;
import org.inductionrecords.core.induction.Programme;
import org.inductionrecords.core.induction.Retention;
import org.inductionrecords.core.induction.Teacher;
import org.inductionrecords.core.terms.Extension;
import org.inductionrecords.core.terms.ExtensionSource;
import org.inductionrecords.core.terms.InductionTerms;

/**
 * The one way tests build inductions by hand, in the states the code meets (in progress, extended,
 * passed, failed, closed), through the record's own transitions so a test never restates its shape.
 * Defaults: a fresh id, school 100001, a full-time ECT induction of Ada Lovelace from 2024-09-02.
 * (shared/core's own tests cannot use it: this module depends on the store, which depends on the core.)
 */
public final class InductionBuilder {

    private String inductionId = UUID.randomUUID().toString();
    private String schoolUrn = "100001";
    private String trn = "1234567";
    private String givenName = "Ada";
    private String familyName = "Lovelace";
    private LocalDate dateOfBirth = LocalDate.of(1995, 3, 1);
    private Optional<String> email = Optional.of("ada@example.org");
    private Programme programme = Programme.ECT;
    private LocalDate startDate = LocalDate.of(2024, 9, 2);
    private BigDecimal fte = BigDecimal.ONE;
    private String tutorUserId = "tutor-1";
    private InductionTerms terms = InductionTerms.NONE;

    private InductionBuilder() {
    }

    public static InductionBuilder anInduction() {
        return new InductionBuilder();
    }

    public InductionBuilder id(String id) {
        this.inductionId = id;
        return this;
    }

    public InductionBuilder school(String urn) {
        this.schoolUrn = urn;
        return this;
    }

    public InductionBuilder teacher(String trn, String givenName, String familyName, LocalDate dateOfBirth,
                                    Optional<String> email) {
        this.trn = trn;
        this.givenName = givenName;
        this.familyName = familyName;
        this.dateOfBirth = dateOfBirth;
        this.email = email;
        return this;
    }

    public InductionBuilder programme(Programme programme) {
        this.programme = programme;
        return this;
    }

    public InductionBuilder startDate(LocalDate startDate) {
        this.startDate = startDate;
        return this;
    }

    public InductionBuilder fte(BigDecimal fte) {
        this.fte = fte;
        return this;
    }

    public InductionBuilder tutor(String tutorUserId) {
        this.tutorUserId = tutorUserId;
        return this;
    }

    /** An extension of {@code terms} from the AB, recorded at {@code at}. */
    public InductionBuilder extendedBy(BigDecimal terms, Instant at) {
        this.terms = this.terms.with(new Extension(terms, "Extended in a test", ExtensionSource.AB, at));
        return this;
    }

    /** In progress, version 1 (plus one per extension). */
    public Induction inProgress() {
        Induction registered = Induction.register(inductionId, schoolUrn,
                new Teacher(trn, givenName, familyName, dateOfBirth, email), programme, startDate, fte, tutorUserId);
        return terms.equals(InductionTerms.NONE) ? registered : registered.withTerms(terms);
    }

    public Induction passedOn(LocalDate on) {
        return finished(InductionStatus.PASSED, Outcome.PASSED, on);
    }

    public Induction failedOn(LocalDate on) {
        return finished(InductionStatus.FAILED, Outcome.FAILED, on);
    }

    /** Closed without an outcome (the teacher left part-way): its retention clock starts then. */
    public Induction closedOn(LocalDate on) {
        return inProgress().closed(on);
    }

    private Induction finished(InductionStatus status, Outcome outcome, LocalDate on) {
        Induction open = inProgress();
        return open.withOutcome(status, outcome, on, open.terms(), Optional.of(Retention.ends(on)));
    }
}
