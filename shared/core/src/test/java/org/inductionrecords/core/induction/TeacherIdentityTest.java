package org.inductionrecords.core.induction;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.inductionrecords.core.error.InvalidInput;
import org.junit.jupiter.api.Test;

/** A TRN names one teacher, with one date of birth, whichever school holds it. */
class TeacherIdentityTest {

    private static final LocalDate BORN = LocalDate.of(1996, 2, 29);

    @Test
    void aTrnHeldNowhereOrWithTheSameDateOfBirthIsTheSameTeacher() {
        assertDoesNotThrow(() -> TeacherIdentity.requireSameTeacher(BORN, Optional.empty()));
        assertDoesNotThrow(() -> TeacherIdentity.requireSameTeacher(BORN, Optional.of(LocalDate.of(1996, 2, 29))));
    }

    @Test
    void aTrnHeldWithAnotherDateOfBirthIsRefusedNamingTheFieldAndNothingHeld() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> TeacherIdentity.requireSameTeacher(BORN, Optional.of(LocalDate.of(1996, 3, 1))));

        assertEquals("teacher.dateOfBirth", refused.details().get(0).field());
        assertFalse(refused.details().get(0).message().contains("1996"), "the held date is not told");
    }
}
