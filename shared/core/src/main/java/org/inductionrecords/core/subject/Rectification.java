package org.inductionrecords.core.subject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.inductionrecords.core.validation.RequestBody;

/**
 * A validated {@code PATCH /teachers/{trn}} body: any of givenName, familyName, dateOfBirth, at least
 * one; nothing else (the TRN, school and record history are not the subject's to rewrite here).
 */
public record Rectification(Optional<String> givenName, Optional<String> familyName, Optional<LocalDate> dateOfBirth) {

    public static final Set<String> FIELDS = Set.of("givenName", "familyName", "dateOfBirth");
    /** No teacher in these records was born before this. */
    public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    public static Rectification from(RequestBody body, LocalDate today) {
        for (String field : body.fieldNames()) {
            if (body.check(FIELDS.contains(field), field, "cannot be changed here (givenName, familyName, dateOfBirth only)")) {
                body.check(body.has(field), field, "must not be null");
            }
        }
        Optional<String> givenName = body.has("givenName") ? Optional.ofNullable(body.name("givenName")) : Optional.empty();
        Optional<String> familyName = body.has("familyName") ? Optional.ofNullable(body.name("familyName")) : Optional.empty();
        Optional<LocalDate> dateOfBirth = body.optionalDate("dateOfBirth");
        dateOfBirth.ifPresent(date -> body.check(date.isBefore(today) && !date.isBefore(EARLIEST_BIRTH),
                "dateOfBirth", "must be in the past and not before " + EARLIEST_BIRTH));
        body.check(!body.fieldNames().isEmpty(), "body", "must name at least one of givenName, familyName, dateOfBirth");
        body.done();
        return new Rectification(givenName, familyName, dateOfBirth);
    }

    /** Names of the fields changed, for the audit trail (never their values). */
    public List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        givenName.ifPresent(v -> names.add("givenName"));
        familyName.ifPresent(v -> names.add("familyName"));
        dateOfBirth.ifPresent(v -> names.add("dateOfBirth"));
        return names;
    }
}
