package org.inductionrecords.core.subject;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.inductionrecords.core.error.Forbidden;
import org.inductionrecords.core.error.NotFound;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;

/**
 * Who may exercise a data subject's rights on their behalf. Anyone active exports their own data;
 * only the Appropriate Body exports a teacher's; the Appropriate Body, or the induction coordinator of
 * the teacher's current school, rectifies a teacher's name or date of birth. A teacher outside a
 * coordinator's school answers 404, as if it did not exist.
 */
public final class SubjectAccessPolicy {

    private static final String NO_SUCH_TEACHER = "No such teacher.";

    private SubjectAccessPolicy() {
    }

    public static void requireCanExportTeacher(User caller) {
        if (caller.role() != Role.AB_ADMIN) {
            throw new Forbidden("Only the Appropriate Body exports a teacher's records.");
        }
    }

    /** Before anything is read: roles that never rectify. */
    public static void requireMayRectify(User caller) {
        if (caller.role() != Role.AB_ADMIN && caller.role() != Role.INDUCTION_COORDINATOR) {
            throw new Forbidden("Only the Appropriate Body or the school's induction coordinator corrects a teacher's details.");
        }
    }

    /** With the teacher's inductions read: the coordinator must be of the teacher's current school. */
    public static void requireCanRectify(User caller, List<Induction> inductions) {
        requireMayRectify(caller);
        Optional<String> school = currentSchool(inductions);
        if (school.isEmpty()) {
            throw new NotFound(NO_SUCH_TEACHER);
        }
        if (caller.role() == Role.INDUCTION_COORDINATOR && !caller.inSchool(school.get())) {
            throw new NotFound(NO_SUCH_TEACHER);
        }
    }

    /** The school of the induction in progress, else of the one that started last. */
    public static Optional<String> currentSchool(List<Induction> inductions) {
        return inductions.stream().filter(Induction::isInProgress).findFirst()
                .or(() -> inductions.stream().max(Comparator.comparing(Induction::startDate)
                        .thenComparing(Induction::inductionId)))
                .map(Induction::schoolUrn);
    }

    static NotFound noSuchTeacher() {
        return new NotFound(NO_SUCH_TEACHER);
    }
}
