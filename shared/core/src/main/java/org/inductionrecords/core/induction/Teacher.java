package org.inductionrecords.core.induction;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The teacher an induction is about, identified nationally by TRN plus date of birth. */
public record Teacher(String trn, String givenName, String familyName, LocalDate dateOfBirth, Optional<String> email) {

    public Teacher {
        Objects.requireNonNull(trn, "trn");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(email, "email");
    }

    /** The basic record keeps no contact details. */
    public Teacher withoutEmail() {
        return new Teacher(trn, givenName, familyName, dateOfBirth, Optional.empty());
    }
}
