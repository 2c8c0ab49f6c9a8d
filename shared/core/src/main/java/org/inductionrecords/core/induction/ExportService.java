package org.inductionrecords.core.induction;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inductionrecords.core.bulk.Csv;
import org.inductionrecords.core.calendar.Term;
import org.inductionrecords.core.calendar.TermCalendar;
import org.inductionrecords.core.calendar.TermName;
import org.inductionrecords.core.deadline.Deadlines;
import org.inductionrecords.core.deadline.ScheduleStatus;
import org.inductionrecords.core.deadline.ScheduledAssessment;
import org.inductionrecords.core.deadline.TermsOnRecord;
import org.inductionrecords.core.error.Conflict;
import org.inductionrecords.core.terms.Extension;
import org.inductionrecords.core.terms.FteTerms;

/**
 * The exports of CONTRACT.md section 9: the caseload CSV, the TRS feed (the Teaching Record Service's
 * cpd-induction shape, DOMAIN.md "Reporting") and the termly return. Read through {@link BulkStore}: one Query a
 * school's inductions, never a scan. Each export writes one audit event with the schools it covered.
 */
public final class ExportService {

    public static final List<String> CASELOAD_HEADER = List.of("TRN", "Given name", "Family name", "Date of birth",
            "School URN", "Programme", "Training programme", "Start date", "FTE", "Terms served", "Terms required",
            "Status", "Next assessment due", "Overdue", "Outcome", "Outcome date");
    public static final List<String> TERMLY_HEADER = List.of("TRN", "Given name", "Family name", "Date of birth",
            "Event", "Date", "Terms served", "School URN");

    /** One teacher's entry in the TRS feed. */
    public record TrsItem(String trn, String status, LocalDate startDate, Optional<LocalDate> completedDate,
                          Instant modifiedOn) {
    }

    private final BulkStore bulk;
    private final InductionStore store;
    private final TermCalendar terms;
    private final Clock clock;

    public ExportService(BulkStore bulk, InductionStore store, TermCalendar terms, Clock clock) {
        this.bulk = bulk;
        this.store = store;
        this.terms = terms;
        this.clock = clock;
    }

    private List<Induction> inductions(Optional<String> school) {
        List<String> urns = school.map(List::of).orElseGet(bulk::schoolUrns);
        List<Induction> all = new ArrayList<>();
        urns.forEach(urn -> all.addAll(bulk.inductionsOfSchool(urn)));
        all.sort(Comparator.comparing((Induction i) -> i.schoolUrn()).thenComparing(i -> i.teacher().familyName())
                .thenComparing(i -> i.teacher().trn()));
        return all;
    }

    private void audited(Actor actor, String action, Optional<String> school, int count) {
        store.audit(org.inductionrecords.core.audit.AuditEvent.of(clock.instant(), actor.userId(), action,
                InductionAudit.SCHOOL, school.orElse("ALL"), actor.sourceIp(), Map.of("rows", String.valueOf(count))));
    }

    // ---------------------------------------------------------------- caseload

    /** The caseload CSV of the schools the caller may export (AB: all, or one; staff: their own). */
    public String caseload(Actor actor, Optional<String> schoolUrn) {
        Optional<String> school = InductionAccessPolicy.caseloadSchool(actor.user(), schoolUrn);
        List<Induction> inductions = inductions(school);
        // The term dates once for the whole export (one Query): every row's deadlines are counted from them.
        TermsOnRecord calendar = new TermsOnRecord(terms.all());
        LocalDate today = LocalDate.now(clock.withZone(InductionService.ZONE));
        StringBuilder out = new StringBuilder(256 + inductions.size() * 160);
        Csv.appendRecord(out, CASELOAD_HEADER);
        for (Induction induction : inductions) {
            Csv.appendRecord(out, caseloadRow(induction, calendar, today));
        }
        audited(actor, "CASELOAD_EXPORTED", school, inductions.size());
        return out.toString();
    }

    /**
     * "Next assessment due" and "Overdue" come from the deadline rule of {@code GET /tasks} and the schedule
     * ({@link Deadlines#fromRecord}, CONTRACT.md section 7): the first assessment point of an induction in progress
     * not yet written, its due date (empty while its term has no dates), and {@code YES} when that date has passed,
     * else {@code NO}; both empty for an induction not in progress.
     */
    static List<String> caseloadRow(Induction induction, TermsOnRecord calendar, LocalDate today) {
        Optional<ScheduledAssessment> next = induction.isInProgress()
                ? Deadlines.fromRecord(induction, calendar, today).stream()
                        .filter(point -> point.status() != ScheduleStatus.DONE).findFirst()
                : Optional.empty();
        Teacher teacher = induction.teacher();
        return List.of(teacher.trn(), teacher.givenName(), teacher.familyName(), teacher.dateOfBirth().toString(),
                induction.schoolUrn(), induction.programme().name(),
                induction.trainingProgramme().map(Enum::name).orElse(""), induction.startDate().toString(),
                induction.fte().map(BigDecimal::toPlainString).orElse(""),
                FteTerms.shown(induction.isReduced() ? induction.termsServed().orElse(BigDecimal.ZERO)
                        : induction.termsServedSoFar()).toPlainString(),
                FteTerms.shown(induction.termsRequired()).toPlainString(), induction.status().name(),
                next.flatMap(ScheduledAssessment::dueDate).map(LocalDate::toString).orElse(""),
                next.map(point -> point.status() == ScheduleStatus.OVERDUE ? "YES" : "NO").orElse(""),
                induction.outcome().map(Enum::name).orElse(""),
                induction.outcomeDate().map(LocalDate::toString).orElse(""));
    }

    // ---------------------------------------------------------------- TRS

    /**
     * Every teacher's induction status in the TRS shape, one item per TRN (its latest induction), changed after
     * {@code since} if given. {@code modifiedOn} is the latest dated change the record holds: its start, its
     * outcome, or an extension or reduction recorded.
     */
    public List<TrsItem> trs(Actor actor, Optional<Instant> since) {
        InductionAccessPolicy.requireCanReport(actor.user());
        Map<String, Induction> latest = new java.util.TreeMap<>();
        for (Induction induction : inductions(Optional.empty())) {
            latest.merge(induction.teacher().trn(), induction,
                    (a, b) -> a.startDate().isAfter(b.startDate()) ? a : b);
        }
        List<TrsItem> items = new ArrayList<>();
        for (Induction induction : latest.values()) {
            Instant modified = modifiedOn(induction);
            if (since.isPresent() && !modified.isAfter(since.get())) {
                continue;
            }
            String status = switch (induction.outcome().filter(o -> o != Outcome.EXTENDED).orElse(null)) {
                case PASSED -> "Passed";
                case FAILED -> "Failed";
                case null, default -> "InProgress";
            };
            Optional<LocalDate> completed = status.equals("InProgress") ? Optional.empty() : induction.outcomeDate();
            items.add(new TrsItem(induction.teacher().trn(), status, induction.startDate(), completed, modified));
        }
        audited(actor, "TRS_EXPORTED", Optional.empty(), items.size());
        return items;
    }

    static Instant modifiedOn(Induction induction) {
        Instant latest = induction.startDate().atStartOfDay(InductionService.ZONE).toInstant();
        for (Instant at : changesOf(induction)) {
            latest = at.isAfter(latest) ? at : latest;
        }
        return latest;
    }

    private static List<Instant> changesOf(Induction induction) {
        List<Instant> changes = new ArrayList<>();
        induction.outcomeDate().ifPresent(date -> changes.add(date.atStartOfDay(InductionService.ZONE).toInstant()));
        induction.terms().extensions().forEach(extension -> changes.add(extension.recordedAt()));
        induction.terms().reductions().forEach(reduction -> changes.add(reduction.recordedAt()));
        return changes;
    }

    // ---------------------------------------------------------------- termly return

    /**
     * One row per start, pass, fail, extension and leaver dated within that term; 409 if the term has no dates. A
     * leaver is a period that ended with the teacher leaving its school ({@code LEFT}) or with the induction closed
     * ({@code CLOSED}): dated its last day, with the school left and the terms served by then. An induction closed
     * while LEFT was counted once already, on the day the teacher left.
     */
    public String termlyReturn(Actor actor, int academicYear, TermName termName) {
        InductionAccessPolicy.requireCanReport(actor.user());
        Term term = terms.all().stream().filter(year -> year.academicYear() == academicYear)
                .flatMap(year -> year.terms().stream()).filter(t -> t.name() == termName).findFirst()
                .orElseThrow(() -> new Conflict("No term dates are recorded for " + termName + " " + academicYear
                        + "/" + String.format("%02d", (academicYear + 1) % 100) + "; record them first (PUT /term-dates/"
                        + academicYear + ")."));
        List<List<String>> rows = new ArrayList<>();
        for (Induction induction : inductions(Optional.empty())) {
            if (term.contains(induction.startDate())) {
                rows.add(event(induction, "STARTED", induction.startDate()));
            }
            induction.outcome().filter(o -> o != Outcome.EXTENDED).ifPresent(outcome -> induction.outcomeDate()
                    .filter(term::contains).ifPresent(date -> rows.add(event(induction, outcome.name(), date))));
            for (Extension extension : induction.terms().extensions()) {
                LocalDate date = LocalDate.ofInstant(extension.recordedAt(), InductionService.ZONE);
                if (term.contains(date)) {
                    rows.add(event(induction, "EXTENDED", date));
                }
            }
            BigDecimal servedBefore = BigDecimal.ZERO;
            for (Period period : induction.periods()) {
                BigDecimal servedBy = servedBefore.add(period.termsServed().orElse(BigDecimal.ZERO));
                boolean leaver = period.endReason().filter(end -> end == PeriodEnd.LEFT || end == PeriodEnd.CLOSED)
                        .isPresent();
                if (leaver && period.endDate().filter(term::contains).isPresent()) {
                    rows.add(row(induction.teacher(), "LEFT", period.endDate().orElseThrow(), servedBy,
                            period.schoolUrn()));
                }
                servedBefore = servedBy;
            }
        }
        audited(actor, "TERMLY_RETURN_EXPORTED", Optional.empty(), rows.size());
        return Csv.write(TERMLY_HEADER, rows);
    }

    private static List<String> event(Induction induction, String event, LocalDate date) {
        return row(induction.teacher(), event, date, induction.termsServedSoFar(), induction.schoolUrn());
    }

    private static List<String> row(Teacher teacher, String event, LocalDate date, BigDecimal served, String urn) {
        return List.of(teacher.trn(), teacher.givenName(), teacher.familyName(), teacher.dateOfBirth().toString(),
                event, date.toString(), FteTerms.shown(served).toPlainString(), urn);
    }
}
