package org.inductionrecords.core.induction;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.inductionrecords.core.bulk.CsvUpload;
import org.inductionrecords.core.error.Conflict;
import org.inductionrecords.core.error.FieldError;
import org.inductionrecords.core.error.Forbidden;
import org.inductionrecords.core.error.InvalidInput;
import org.inductionrecords.core.error.Rejection;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;
import org.inductionrecords.core.validation.RequestBody;
import org.inductionrecords.core.validation.Text;
import org.inductionrecords.json.Json;

/**
 * Bulk registration and bulk passes (CONTRACT.md section 9; DOMAIN.md "Bulk work"). Every row is turned into the
 * body the single route takes and read by the same validator ({@link InductionRegistration}, {@link
 * OutcomeDecision}, {@link OutcomeRules}), its errors named {@code row N: <column>}; then every row is checked
 * against what is held. Only when every row passes is anything written: one transaction a row (the single
 * route's own), so a crash half-way leaves whole rows only, and the same upload retried finds those rows
 * recorded identically and counts them {@code unchanged} (docs/TABLE.md "Bulk work and exports").
 */
public final class BulkService {

    public static final List<String> REGISTRATION_HEADER = List.of("TRN", "Given name", "Family name",
            "Date of birth", "Email", "Programme", "Training programme", "Start date", "FTE", "Tutor email");
    public static final List<String> OUTCOMES_HEADER = List.of("TRN", "Outcome", "Outcome date");

    /** The single route's field names, as the registration CSV's columns. */
    private static final Map<String, String> REGISTRATION_COLUMNS = Map.ofEntries(
            Map.entry("teacher.trn", "TRN"), Map.entry("teacher.givenName", "Given name"),
            Map.entry("teacher.familyName", "Family name"), Map.entry("teacher.dateOfBirth", "Date of birth"),
            Map.entry("teacher.email", "Email"), Map.entry("teacher", "TRN"), Map.entry("programme", "Programme"),
            Map.entry("trainingProgramme", "Training programme"), Map.entry("startDate", "Start date"),
            Map.entry("fte", "FTE"), Map.entry("tutorUserId", "Tutor email"));
    private static final Map<String, String> OUTCOME_COLUMNS = Map.of("outcome", "Outcome",
            "outcomeDate", "Outcome date");

    /** One row's result: its number, TRN and induction. */
    public record Item(int row, String trn, String inductionId) {
    }

    /** What an upload did: rows written, rows already recorded identically, every row's induction. */
    public record Result(int written, int unchanged, List<Item> items) {
    }

    /**
     * The error file of a refused upload (CONTRACT.md section 9): the upload with a last column {@code Error
     * message}; empty when the upload could not be read as rows at all (a wrong header, too many rows).
     */
    public static Optional<String> errorFile(String csv, List<String> header, InvalidInput refusal) {
        CsvUpload upload;
        try {
            upload = CsvUpload.parse(csv, header);
        } catch (Rejection unreadable) {
            boolean rowErrors = unreadable.details().stream().allMatch(e -> CsvUpload.rowOf(e.field()) > 0);
            if (!rowErrors) {
                return Optional.empty();
            }
            upload = CsvUpload.rows(csv, header);
        }
        return Optional.of(CsvUpload.errorFile(upload.header(), upload.raw(), refusal.details()));
    }

    private final InductionStore store;
    private final BulkStore bulk;
    private final Clock clock;
    private final Supplier<String> ids;

    public BulkService(InductionStore store, BulkStore bulk, Clock clock, Supplier<String> ids) {
        this.store = store;
        this.bulk = bulk;
        this.clock = clock;
        this.ids = ids;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(InductionService.ZONE));
    }

    // ---------------------------------------------------------------- registration

    /** A row to write ({@code plan}), or one already recorded as it says ({@code existing}). */
    private record Planned(int row, String trn, Optional<Registrations.Plan> plan, Optional<Induction> existing) {
    }

    /** {@code csv} is read only once the caller may register here (403/404 before 415 or 400). */
    public Result register(Actor actor, String urn, Supplier<String> csv) {
        InductionAccessPolicy.requireCanRegister(actor.user(), urn);
        CsvUpload upload = parse(csv.get(), REGISTRATION_HEADER);
        LocalDate today = today();
        Set<String> tutorEmails = upload.rows().stream().map(row -> row.get("Tutor email").strip())
                .filter(email -> Text.EMAIL.matcher(email).matches()).map(Text::normaliseEmail)
                .collect(Collectors.toSet());
        Map<String, User> tutors = bulk.usersWithEmails(tutorEmails);
        List<FieldError> errors = new ArrayList<>();
        List<InductionRegistration> valid = new ArrayList<>();
        List<Integer> validRows = new ArrayList<>();
        for (int i = 0; i < upload.rows().size(); i++) {
            int row = i + 1;
            Map<String, String> cells = upload.rows().get(i);
            List<FieldError> rowErrors = new ArrayList<>();
            String tutorEmail = cells.get("Tutor email").strip();
            Optional<User> tutor = Text.EMAIL.matcher(tutorEmail).matches()
                    ? Optional.ofNullable(tutors.get(Text.normaliseEmail(tutorEmail))) : Optional.empty();
            if (tutorEmail.isEmpty()) {
                rowErrors.add(new FieldError(CsvUpload.rowField(row, "Tutor email"), "is required"));
            } else if (!InductionAccessPolicy.isAssignableTutor(tutor, urn)) {
                rowErrors.add(new FieldError(CsvUpload.rowField(row, "Tutor email"),
                        "must be the email of an active induction tutor of this school"));
            }
            // A tutor not found still lets the row's other fields be checked: the id stands in, unwritten.
            String tutorUserId = tutor.map(User::userId).orElse("unresolved-tutor");
            try {
                InductionRegistration input = InductionRegistration.from(registrationBody(cells, tutorUserId), today);
                if (rowErrors.isEmpty()) {
                    valid.add(input);
                    validRows.add(row);
                }
            } catch (InvalidInput invalid) {
                rowErrors.addAll(inRow(row, invalid, REGISTRATION_COLUMNS));
            }
            errors.addAll(rowErrors);
        }
        Map<String, List<Induction>> held = bulk.inductionsOfTrns(valid.stream().map(r -> r.teacher().trn()).toList());
        List<Planned> plan = new ArrayList<>();
        for (int i = 0; i < valid.size(); i++) {
            InductionRegistration input = valid.get(i);
            int row = validRows.get(i);
            String trn = input.teacher().trn();
            List<Induction> ofTrn = held.getOrDefault(trn, List.of());
            // The induction the TRN's lock names: in progress, or LEFT between schools.
            Optional<Induction> locked = ofTrn.stream().filter(induction -> induction.isInProgress()
                    || induction.isLeft()).findFirst();
            if (locked.filter(Induction::isInProgress).filter(induction -> alreadyRecorded(induction, urn, input))
                    .isPresent()) {
                plan.add(new Planned(row, trn, Optional.empty(), locked));
                continue;
            }
            // The single route's rule; the NQT login that follows a continued induction is read for those rows only.
            Optional<String> login = locked.filter(Induction::isLeft).isPresent()
                    ? store.registrationReads(input.tutorUserId(), trn).loginUserId() : Optional.empty();
            try {
                plan.add(new Planned(row, trn, Optional.of(Registrations.plan(urn, input, locked,
                        () -> ofTrn.stream().map(induction -> induction.teacher().dateOfBirth()).findFirst(),
                        login, ids)), Optional.empty()));
            } catch (InvalidInput invalid) {
                errors.addAll(inRow(row, invalid, REGISTRATION_COLUMNS));
            } catch (Conflict inProgress) {
                errors.add(new FieldError(CsvUpload.rowField(row, "TRN"),
                        "already has an induction in progress that this row does not match"));
            }
        }
        refuseIfAny(errors, upload);
        List<Item> items = new ArrayList<>();
        List<Runnable> writes = new ArrayList<>();
        for (Planned planned : plan) {
            Induction induction = planned.plan().map(Registrations.Plan::induction)
                    .orElseGet(() -> planned.existing().orElseThrow());
            planned.plan().ifPresent(write -> writes.add(() -> Registrations.write(store, actor, clock.instant(),
                    write, Map.of("via", "BULK"))));
            items.add(new Item(planned.row(), planned.trn(), induction.inductionId()));
        }
        int written = writeAll(writes);
        return new Result(written, plan.size() - written, items);
    }

    /** The single route's JSON body for one row: empty cells are left out, so they read as absent. */
    private static RequestBody registrationBody(Map<String, String> cells, String tutorUserId) {
        Map<String, Object> teacher = new LinkedHashMap<>();
        putText(teacher, "trn", cells.get("TRN"));
        putText(teacher, "givenName", cells.get("Given name"));
        putText(teacher, "familyName", cells.get("Family name"));
        putText(teacher, "dateOfBirth", cells.get("Date of birth"));
        putText(teacher, "email", cells.get("Email"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("teacher", teacher);
        putText(body, "programme", cells.get("Programme"));
        putText(body, "trainingProgramme", cells.get("Training programme"));
        putText(body, "startDate", cells.get("Start date"));
        String fte = cells.get("FTE").strip();
        if (!fte.isEmpty()) {
            body.put("fte", number(fte));
        }
        body.put("tutorUserId", tutorUserId);
        return RequestBody.parse(Json.write(body));
    }

    /** A number when the cell is one (the validator then checks its range), else the text it must refuse. */
    private static Object number(String cell) {
        try {
            return new BigDecimal(cell);
        } catch (NumberFormatException notANumber) {
            return cell;
        }
    }

    private static void putText(Map<String, Object> body, String field, String cell) {
        if (cell != null && !cell.isEmpty()) {
            body.put(field, cell);
        }
    }

    /**
     * Whether the row is already recorded in the induction in progress, so that the same upload retried writes
     * nothing: its registration here (one period, the teacher as the row gives them), or its continuation here (the
     * current period opened by it after a LEFT period; the teacher kept as held, so only the TRN and date of birth
     * are the row's).
     */
    private static boolean alreadyRecorded(Induction held, String urn, InductionRegistration input) {
        List<Period> periods = held.periods();
        Period current = held.currentPeriod().orElse(null);
        if (current == null || !held.schoolUrn().equals(urn) || held.programme() != input.programme()
                || !current.startDate().equals(input.startDate()) || current.fte().compareTo(input.fte()) != 0
                || !current.tutorUserId().equals(input.tutorUserId())
                || !held.teacher().dateOfBirth().equals(input.teacher().dateOfBirth())) {
            return false;
        }
        if (periods.size() == 1) {
            return held.teacher().equals(input.teacher()) && held.qualification().equals(input.qualification());
        }
        Period before = periods.get(periods.size() - 2);
        return before.endReason().filter(reason -> reason == PeriodEnd.LEFT).isPresent();
    }

    // ---------------------------------------------------------------- outcomes

    private record OutcomePlan(int row, String trn, Induction induction, Optional<OutcomeRules.Plan> plan) {
    }

    public Result recordPasses(Actor actor, Supplier<String> csv) {
        if (actor.user().role() != Role.AB_ADMIN) {
            throw new Forbidden("Only the Appropriate Body records outcomes.");
        }
        CsvUpload upload = parse(csv.get(), OUTCOMES_HEADER);
        LocalDate today = today();
        List<FieldError> errors = new ArrayList<>();
        Map<Integer, OutcomeDecision> decisions = new LinkedHashMap<>();
        Map<Integer, String> trns = new LinkedHashMap<>();
        for (int i = 0; i < upload.rows().size(); i++) {
            int row = i + 1;
            Map<String, String> cells = upload.rows().get(i);
            String trn = cells.get("TRN").strip();
            boolean trnValid = Text.TRN.matcher(trn).matches();
            if (!trnValid) {
                errors.add(new FieldError(CsvUpload.rowField(row, "TRN"), "must be a 7-digit TRN"));
            }
            Map<String, Object> body = new LinkedHashMap<>();
            putText(body, "outcome", cells.get("Outcome").strip());
            putText(body, "outcomeDate", cells.get("Outcome date").strip());
            try {
                OutcomeDecision decision = OutcomeDecision.from(RequestBody.parse(Json.write(body)), today);
                if (decision.outcome() != Outcome.PASSED) {
                    // DOMAIN.md "Bulk work": a fail needs its own confirmation and notice, so it is recorded alone.
                    errors.add(new FieldError(CsvUpload.rowField(row, "Outcome"), "must be PASSED: "
                            + decision.outcome() + " is recorded one induction at a time"));
                } else if (trnValid) {
                    decisions.put(row, decision);
                    trns.put(row, trn);
                }
            } catch (InvalidInput invalid) {
                errors.addAll(inRow(row, invalid, OUTCOME_COLUMNS));
            }
        }
        Map<String, List<Induction>> held = bulk.inductionsOfTrns(trns.values());
        List<OutcomePlan> plans = new ArrayList<>();
        for (Map.Entry<Integer, OutcomeDecision> entry : decisions.entrySet()) {
            int row = entry.getKey();
            OutcomeDecision decision = entry.getValue();
            String trn = trns.get(row);
            List<Induction> ofTrn = held.getOrDefault(trn, List.of());
            Optional<Induction> passed = ofTrn.stream().filter(i -> i.status() == InductionStatus.PASSED
                    && i.outcomeDate().equals(Optional.of(decision.outcomeDate()))).findFirst();
            if (passed.isPresent()) {
                plans.add(new OutcomePlan(row, trn, passed.get(), Optional.empty()));
                continue;
            }
            Optional<Induction> inProgress = ofTrn.stream().filter(Induction::isInProgress).findFirst();
            if (inProgress.isEmpty()) {
                errors.add(new FieldError(CsvUpload.rowField(row, "TRN"), "has no induction in progress"));
                continue;
            }
            try {
                OutcomeRules.Plan plan = OutcomeRules.apply(inProgress.get(), decision, clock.instant());
                Optional<String> finalId = plan.signedFinalId();
                boolean signed = finalId.isEmpty() || store.findAssessment(inProgress.get().inductionId(),
                        finalId.get()).assessment().filter(a -> a.status() == AssessmentStatus.SIGNED
                        || a.status() == AssessmentStatus.ACKNOWLEDGED).isPresent();
                if (!signed) {
                    errors.add(new FieldError(CsvUpload.rowField(row, "Outcome"),
                            "needs the induction's FINAL assessment signed first"));
                    continue;
                }
                plans.add(new OutcomePlan(row, trn, inProgress.get(), Optional.of(plan)));
            } catch (InvalidInput invalid) {
                errors.addAll(inRow(row, invalid, OUTCOME_COLUMNS));
            } catch (Rejection refused) {
                errors.add(new FieldError(CsvUpload.rowField(row, "TRN"), refused.getMessage()));
            }
        }
        refuseIfAny(errors, upload);
        List<Item> items = new ArrayList<>();
        List<Runnable> writes = new ArrayList<>();
        for (OutcomePlan planned : plans) {
            items.add(new Item(planned.row(), planned.trn(), planned.induction().inductionId()));
            planned.plan().ifPresent(plan -> writes.add(() -> store.recordOutcome(plan, planned.induction().version(),
                    InductionAudit.onInduction(actor, clock.instant(), "OUTCOME_RECORDED", planned.induction(),
                            Map.of("outcome", Outcome.PASSED.name(), "via", "BULK")))));
        }
        int written = writeAll(writes);
        return new Result(written, plans.size() - written, items);
    }

    // ---------------------------------------------------------------- shared

    /** Row transactions in flight at once: each row is its own transaction, so their order does not matter. */
    static final int PARALLEL_WRITES = 16;

    /**
     * Runs every row's write, {@link #PARALLEL_WRITES} at a time; the first failure is thrown once the writes under
     * way have ended (rows written stay whole: the same upload retried counts them unchanged).
     */
    private static int writeAll(List<Runnable> writes) {
        java.util.concurrent.Semaphore permits = new java.util.concurrent.Semaphore(PARALLEL_WRITES);
        List<java.util.concurrent.Future<?>> pending = new ArrayList<>();
        try (java.util.concurrent.ExecutorService threads =
                     java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (Runnable write : writes) {
                pending.add(threads.submit(() -> {
                    permits.acquireUninterruptibly();
                    try {
                        write.run();
                    } finally {
                        permits.release();
                    }
                }));
            }
            for (java.util.concurrent.Future<?> write : pending) {
                write.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing the upload's rows", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
        return writes.size();
    }

    private static CsvUpload parse(String csv, List<String> header) {
        return CsvUpload.parse(csv, header);
    }

    private static void refuseIfAny(List<FieldError> errors, CsvUpload upload) {
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(e -> CsvUpload.rowOf(e.field())));
            throw new InvalidInput(errors);
        }
    }

    /** The validator's field errors, named by the row and the column the field came from. */
    private static List<FieldError> inRow(int row, InvalidInput invalid, Map<String, String> columns) {
        return invalid.details().stream()
                .map(error -> new FieldError(CsvUpload.rowField(row, columns.getOrDefault(error.field(), error.field())),
                        error.message()))
                .toList();
    }
}
