package org.inductionrecords.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.inductionrecords.core.Page;
import org.inductionrecords.core.audit.AuditEvent;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.retention.RetentionRecords;
import org.inductionrecords.core.retention.TeacherUser;
import org.inductionrecords.core.user.Logins;

/**
 * The one kind of fake allowed: the real store and the real Cognito logins, wrapped so that the run
 * crashes right after its N-th change (a Lambda timeout or a dropped connection at that point; 0 for
 * never), or so that another writer races it just before its claim. Reads pass through untouched.
 */
final class FaultAfter {

    static final class InjectedFault extends RuntimeException {
        InjectedFault(String step) {
            super("injected fault after " + step);
        }
    }

    private final int failAfter;
    private final List<String> changes = new ArrayList<>();
    private Runnable beforeClaim = () -> { };

    FaultAfter(int failAfter) {
        this.failAfter = failAfter;
    }

    /** A change someone else makes between the sweep's read and its claim (a race, not a crash). */
    FaultAfter beforeClaim(Runnable race) {
        this.beforeClaim = race;
        return this;
    }

    /** The changes made, in order, up to and including the one after which the fault struck. */
    List<String> changes() {
        return changes;
    }

    private void changed(String step) {
        changes.add(step);
        if (changes.size() == failAfter) {
            throw new InjectedFault(step);
        }
    }

    RetentionRecords records(RetentionRecords real) {
        return new RetentionRecords() {
            @Override
            public Page<String> dueInductionIds(LocalDate asOf, Optional<String> cursor) {
                return real.dueInductionIds(asOf, cursor);
            }

            @Override
            public Optional<Induction> find(String inductionId) {
                return real.find(inductionId);
            }

            @Override
            public List<String> assessmentIds(String inductionId) {
                return real.assessmentIds(inductionId);
            }

            @Override
            public Optional<Induction> claim(Induction read, Optional<Integer> termsServed) {
                beforeClaim.run();
                Optional<Induction> stored = real.claim(read, termsServed);
                changed("claim");
                return stored;
            }

            @Override
            public void deleteAssessmentsAndIdempotencyRecords(String inductionId) {
                real.deleteAssessmentsAndIdempotencyRecords(inductionId);
                changed("deleteAssessmentsAndIdempotencyRecords");
            }

            @Override
            public boolean teacherHasAnotherLiveInduction(String trn, String exceptInductionId) {
                return real.teacherHasAnotherLiveInduction(trn, exceptInductionId);
            }

            @Override
            public List<TeacherUser> teacherUsers(String trn) {
                return real.teacherUsers(trn);
            }

            @Override
            public void removeTeacherUser(TeacherUser user, AuditEvent audit) {
                real.removeTeacherUser(user, audit);
                changed("removeTeacherUser");
            }

            @Override
            public boolean rewriteAsBasicRecord(Induction read, Induction reduced, AuditEvent audit) {
                boolean rewritten = real.rewriteAsBasicRecord(read, reduced, audit);
                changed("rewriteAsBasicRecord");
                return rewritten;
            }
        };
    }

    Logins logins(Logins real) {
        return new Logins() {
            @Override
            public String invite(String email, String givenName, String familyName) {
                throw new UnsupportedOperationException("the sweep never invites");
            }

            @Override
            public void disable(String email) {
                real.disable(email);
                changed("logins.disable");
            }

            @Override
            public void enable(String email) {
                throw new UnsupportedOperationException("the sweep never enables");
            }

            @Override
            public void delete(String email) {
                real.delete(email);
                changed("logins.delete");
            }

            @Override
            public boolean softwareTokenMfaEnabled(String email) {
                throw new UnsupportedOperationException("the sweep never asks about a second factor");
            }
        };
    }
}
