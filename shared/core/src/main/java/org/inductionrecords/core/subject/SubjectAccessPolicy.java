package org.inductionrecords.core.subject;

import java.util.List;
import org.inductionrecords.core.error.Forbidden;
import org.inductionrecords.core.error.NotFound;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.TeacherIdentity;
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

    /**
     * With the teacher's inductions read, the ones this caller corrects: every one for the Appropriate
     * Body; for a coordinator, only those whose current period is at its school (contract section 10),
     * so another school's record is never changed nor answered. None: 404, as if nothing were held.
     */
    public static List<Induction> rectifiable(User caller, List<Induction> inductions) {
        requireMayRectify(caller);
        List<Induction> mine = caller.role() == Role.AB_ADMIN ? inductions
                : inductions.stream().filter(induction -> caller.inSchool(induction.schoolUrn())).toList();
        if (mine.isEmpty()) {
            throw new NotFound(NO_SUCH_TEACHER);
        }
        return mine;
    }

    /**
     * A date of birth is the teacher's, not one school's: a coordinator may correct it only where every
     * induction of the TRN is in its scope, else the records would name two teachers (TeacherIdentity).
     */
    public static void requireMayCorrectDateOfBirth(List<Induction> rectifiable, List<Induction> all) {
        if (rectifiable.size() != all.size()) {
            throw TeacherIdentity.mismatch();
        }
    }

    /** An NQT login is renamed with its teacher only by whoever may see that login's school. */
    public static boolean mayRename(User caller, User teacherLogin) {
        return caller.role() == Role.AB_ADMIN || teacherLogin.schoolUrn().map(caller::inSchool).orElse(false);
    }

    static NotFound noSuchTeacher() {
        return new NotFound(NO_SUCH_TEACHER);
    }
}
