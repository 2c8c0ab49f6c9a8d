package org.inductionrecords.core.induction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.inductionrecords.core.validation.RequestBody;
import org.inductionrecords.core.validation.Text;

/**
 * The validated bodies of the moves of contract section 6: {@code POST /inductions/{id}/leave {leaveDate}},
 * {@code PATCH /inductions/{id} {tutorUserId?, fte?, from?}} and {@code POST /inductions/{id}/close {closeDate,
 * reason}}. A date is never in the future: a move is recorded when it has happened (often late).
 */
public final class MoveRequests {

    private MoveRequests() {
    }

    public record Leave(LocalDate leaveDate) {
    }

    /** A new tutor, a new FTE from a date, or both; at least one. */
    public record Change(Optional<String> tutorUserId, Optional<BigDecimal> fte, Optional<LocalDate> from) {
    }

    public record Close(LocalDate closeDate, CloseReason reason) {
    }

    public static Leave leave(RequestBody body, LocalDate today) {
        LocalDate date = pastDate(body, "leaveDate", today);
        body.done();
        return new Leave(date);
    }

    public static Change change(RequestBody body, LocalDate today) {
        Optional<String> tutor = body.optionalMatching("tutorUserId", Text.ID, "is not an id this system issues");
        Optional<BigDecimal> fte = body.optionalDecimal("fte", InductionRegistration.MIN_FTE,
                InductionRegistration.MAX_FTE);
        Optional<LocalDate> from = Optional.empty();
        if (body.has("fte")) {
            from = Optional.ofNullable(pastDate(body, "from", today));
        } else {
            body.check(!body.has("from"), "from", "goes with a new fte only");
        }
        body.check(body.has("tutorUserId") || body.has("fte"), "tutorUserId", "or fte is required");
        body.done();
        return new Change(tutor, fte, from);
    }

    public static Close close(RequestBody body, LocalDate today) {
        LocalDate date = pastDate(body, "closeDate", today);
        CloseReason reason = body.requiredEnum("reason", CloseReason.class);
        body.done();
        return new Close(date, reason);
    }

    private static LocalDate pastDate(RequestBody body, String field, LocalDate today) {
        LocalDate date = body.requiredDate(field);
        if (date != null && !body.check(!date.isAfter(today), field, "must not be in the future")) {
            return null;
        }
        return date;
    }
}
