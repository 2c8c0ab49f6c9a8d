package org.inductionrecords.core.induction;

import java.time.LocalDate;
import java.util.Optional;
import org.inductionrecords.core.error.InvalidInput;

/**
 * A teacher is identified by TRN and date of birth together (DOMAIN.md "Who is who"; contract section
 * 10): a registration, a continuation or a correction that names a TRN already held with another date of
 * birth is refused, whichever school holds it. The refusal says only that the two differ: never which
 * school holds the TRN, nor anything else held with it.
 */
public final class TeacherIdentity {

    public static final String FIELD = "teacher.dateOfBirth";

    private TeacherIdentity() {
    }

    /** {@code held}: the date of birth already held with this TRN, if any record holds it. */
    public static void requireSameTeacher(LocalDate dateOfBirth, Optional<LocalDate> held) {
        if (held.isPresent() && !held.get().equals(dateOfBirth)) {
            throw mismatch();
        }
    }

    public static InvalidInput mismatch() {
        return InvalidInput.of(FIELD, "does not match the date of birth already held for this TRN;"
                + " check the TRN and the date of birth, or ask the Appropriate Body to correct the record");
    }
}
