package org.inductionrecords.core.induction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.inductionrecords.core.audit.AuditEvent;
import org.inductionrecords.core.error.Conflict;
import org.inductionrecords.core.error.InvalidInput;

/**
 * What registering a TRN at a school does (CONTRACT.md sections 3 and 6), for {@code POST /schools/{urn}/inductions}
 * and for every row of a bulk registration alike: the teacher's date of birth must match what the TRN holds
 * ({@link TeacherIdentity}); a LEFT induction is continued at the school (the same id, a new period, its programme
 * the same and its start after the leave); one in progress refuses (409); otherwise a new induction. Planned from
 * reads the caller made (one TRN's, or a whole upload's at once), written only once the caller says so.
 */
public final class Registrations {

    /** What a registration will write. */
    public sealed interface Plan permits NewInduction, Continuation {
        /** The induction as the registration leaves it. */
        Induction induction();

        String tutorUserId();
    }

    /** A new induction. */
    public record NewInduction(Induction induction, String tutorUserId) implements Plan {
    }

    /**
     * The LEFT induction {@code left} continued as {@code induction}; {@code loginUserId} the teacher's NQT login,
     * which moves with it.
     */
    public record Continuation(Induction left, Induction induction, String tutorUserId, Optional<String> loginUserId)
            implements Plan {
    }

    private Registrations() {
    }

    /**
     * @param held            the TRN's induction in progress or LEFT (the one its lock names), if any
     * @param heldDateOfBirth when none is held: the date of birth any other induction of the TRN holds
     * @param loginUserId     the TRN's NQT login, if any (it follows a continued induction)
     */
    public static Plan plan(String urn, InductionRegistration input, Optional<Induction> held,
                            Supplier<Optional<LocalDate>> heldDateOfBirth, Optional<String> loginUserId,
                            Supplier<String> ids) {
        // The held induction carries the TRN's date of birth (every record of a TRN agrees: TeacherIdentity).
        TeacherIdentity.requireSameTeacher(input.teacher().dateOfBirth(), held.isPresent()
                ? held.map(induction -> induction.teacher().dateOfBirth()) : heldDateOfBirth.get());
        if (held.filter(Induction::isLeft).isPresent()) {
            return continuation(urn, input, held.get(), loginUserId);
        }
        if (held.isPresent()) {
            throw new Conflict("This teacher already has an induction in progress.");
        }
        return new NewInduction(Induction.register(ids.get(), urn, input.teacher(), input.programme(),
                input.startDate(), input.qualification(), input.fte(), input.tutorUserId()), input.tutorUserId());
    }

    private static Continuation continuation(String urn, InductionRegistration input, Induction left,
                                             Optional<String> loginUserId) {
        Period last = left.currentPeriod().orElseThrow();
        if (input.programme() != left.programme()) {
            throw InvalidInput.of("programme", "must be " + left.programme() + ": this continues the teacher's "
                    + left.programme() + " induction");
        }
        if (!input.startDate().isAfter(last.endDate().orElseThrow())) {
            throw InvalidInput.of("startDate", "must be after the day the teacher left the last school ("
                    + last.endDate().orElseThrow() + ")");
        }
        return new Continuation(left, left.continuedAt(urn, input.startDate(), input.fte(), input.tutorUserId()),
                input.tutorUserId(), loginUserId);
    }

    /**
     * Writes the plan with its audit events, in the store's one transaction; {@code via} adds to the induction's
     * event (the bulk route's {@code via: BULK}).
     */
    public static Induction write(InductionStore store, Actor actor, Instant now, Plan plan, Map<String, String> via) {
        switch (plan) {
            case NewInduction created -> {
                Map<String, String> ids = new HashMap<>(via);
                ids.put("tutorUserId", created.tutorUserId());
                store.register(created.induction(), InductionAudit.onInduction(actor, now, "INDUCTION_REGISTERED",
                        created.induction(), ids));
            }
            case Continuation continued -> {
                Induction left = continued.left();
                Induction induction = continued.induction();
                String urn = induction.schoolUrn();
                LocalDate leftOn = left.currentPeriod().orElseThrow().endDate().orElseThrow();
                Map<String, String> ids = new HashMap<>(via);
                ids.put("periodId", induction.currentPeriod().orElseThrow().periodId());
                ids.put("tutorUserId", continued.tutorUserId());
                ids.put("formerSchoolUrn", left.schoolUrn());
                store.continueInduction(induction, left.version(),
                        Optional.of(left.schoolUrn()).filter(former -> !former.equals(urn)), leftOn,
                        continued.loginUserId(),
                        InductionAudit.onInduction(actor, now, "INDUCTION_CONTINUED", induction, ids),
                        continued.loginUserId().map(userId -> AuditEvent.of(now, actor.userId(),
                                "LOGIN_SCHOOL_CHANGED", "USER", userId, actor.sourceIp(), Map.of("schoolUrn", urn,
                                        "formerSchoolUrn", left.schoolUrn(), "inductionId", left.inductionId()))));
            }
        }
        return plan.induction();
    }
}
