package org.inductionrecords.core.subject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inductionrecords.core.audit.AuditEvent;
import org.inductionrecords.core.error.InvalidInput;
import org.inductionrecords.core.induction.Actor;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.InductionAccessPolicy;
import org.inductionrecords.core.induction.InductionRegistration;
import org.inductionrecords.core.induction.InductionService;
import org.inductionrecords.core.induction.Teacher;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;
import org.inductionrecords.core.validation.RequestBody;
import org.inductionrecords.core.validation.Text;

/**
 * The data subject's rights of access ({@code GET /me/export}, {@code GET /teachers/{trn}/export}) and
 * rectification ({@code PATCH /teachers/{trn}}). Exports are audited like every read; a rectification
 * changes every induction of the teacher and the teacher's user record in one transaction with its
 * audit events (field names only, never the values).
 */
public final class DataSubjectService {

    static final String TEACHER = "TEACHER";
    static final String USER = "USER";
    static final String INDUCTION = "INDUCTION";

    private final SubjectRecords records;
    private final Clock clock;

    public DataSubjectService(SubjectRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** Any active user: its own user record and, for an NQT, everything about the teacher it is. */
    public SubjectExport exportMe(Actor actor) {
        User me = actor.user();
        Instant now = clock.instant();
        List<AuditEvent> trail = new ArrayList<>(records.auditTrail(USER, me.userId()));
        List<SubjectExport.InductionFile> inductions = List.of();
        if (me.role() == Role.NQT) {
            String trn = me.trn().orElseThrow();
            inductions = files(records.teacher(trn).inductions());
            trail.addAll(records.auditTrail(TEACHER, trn));
        }
        records.audit(AuditEvent.of(now, actor.userId(), "SUBJECT_EXPORTED", USER, me.userId(), actor.sourceIp(),
                Map.of()));
        return new SubjectExport(now, me.trn(), Optional.of(me), inductions, AuditDigest.of(trail));
    }

    /** The Appropriate Body, for a teacher's subject access request: 404 when nothing is held. */
    public SubjectExport exportTeacher(Actor actor, String trn) {
        SubjectAccessPolicy.requireCanExportTeacher(actor.user());
        Text.pathParameter("trn", trn, Text.TRN, "must be a 7-digit TRN");
        SubjectRecords.Teacher held = records.teacher(trn);
        Optional<User> user = held.user();
        List<Induction> inductions = held.inductions();
        if (user.isEmpty() && inductions.isEmpty()) {
            throw SubjectAccessPolicy.noSuchTeacher();
        }
        List<AuditEvent> trail = new ArrayList<>();
        user.ifPresent(u -> trail.addAll(records.auditTrail(USER, u.userId())));
        trail.addAll(records.auditTrail(TEACHER, trn));
        Instant now = clock.instant();
        records.audit(AuditEvent.of(now, actor.userId(), "SUBJECT_EXPORTED", TEACHER, trn, actor.sourceIp(),
                user.map(u -> Map.of("userId", u.userId())).orElse(Map.of())));
        return new SubjectExport(now, Optional.of(trn), user, files(inductions), AuditDigest.of(trail));
    }

    /**
     * Corrects the teacher's name or date of birth on every induction the caller may correct
     * ({@link SubjectAccessPolicy#rectifiable}) and on the teacher's user record; answers only those.
     */
    public Rectified rectify(Actor actor, String trn, RequestBody body) {
        SubjectAccessPolicy.requireMayRectify(actor.user());
        Text.pathParameter("trn", trn, Text.TRN, "must be a 7-digit TRN");
        Rectification change = Rectification.from(body, LocalDate.now(clock.withZone(InductionService.ZONE)));
        SubjectRecords.Teacher held = records.teacher(trn);
        List<Induction> read = SubjectAccessPolicy.rectifiable(actor.user(), held.inductions());
        if (change.dateOfBirth().isPresent()) {
            SubjectAccessPolicy.requireMayCorrectDateOfBirth(read, held.inductions());
            requirePlausibleAge(change.dateOfBirth().get(), read);
        }
        Instant now = clock.instant();
        String fields = String.join(",", change.fieldNames());
        List<Induction> rectified = new ArrayList<>();
        List<AuditEvent> events = new ArrayList<>();
        for (Induction induction : read) {
            rectified.add(withTeacher(induction, corrected(induction.teacher(), change)));
            events.add(AuditEvent.of(now, actor.userId(), "TEACHER_RECTIFIED", INDUCTION, induction.inductionId(),
                    actor.sourceIp(), Map.of("schoolUrn", induction.schoolUrn(), "fields", fields)));
        }
        Optional<User> renamed = held.user()
                .filter(user -> SubjectAccessPolicy.mayRename(actor.user(), user))
                .filter(user -> change.givenName().isPresent() || change.familyName().isPresent())
                .map(user -> new User(user.userId(), user.email(), change.givenName().orElse(user.givenName()),
                        change.familyName().orElse(user.familyName()), user.role(), user.schoolUrn(), user.trn(),
                        user.status()));
        renamed.ifPresent(user -> events.add(AuditEvent.of(now, actor.userId(), "USER_RECTIFIED", USER,
                user.userId(), actor.sourceIp(), Map.of("trn", trn, "fields", fields))));
        events.add(AuditEvent.of(now, actor.userId(), "TEACHER_RECTIFIED", TEACHER, trn, actor.sourceIp(),
                Map.of("fields", fields)));
        records.rectify(read, rectified, renamed, events);
        return new Rectified(trn, rectified);
    }

    /** The answer of a rectification: the teacher's inductions as they now are. */
    public record Rectified(String trn, List<Induction> inductions) {
    }

    /** The same age rule as registration: 18 to 80 at the start of every induction. */
    private static void requirePlausibleAge(LocalDate born, List<Induction> inductions) {
        for (Induction induction : inductions) {
            LocalDate start = induction.startDate();
            boolean plausible = !born.plusYears(InductionRegistration.MIN_AGE_AT_START).isAfter(start)
                    && born.plusYears(InductionRegistration.MAX_AGE_AT_START).isAfter(start);
            if (!plausible) {
                throw InvalidInput.of("dateOfBirth", "must make the teacher " + InductionRegistration.MIN_AGE_AT_START
                        + " to " + InductionRegistration.MAX_AGE_AT_START + " years old at the start of every induction");
            }
        }
    }

    private List<SubjectExport.InductionFile> files(List<Induction> inductions) {
        List<SubjectExport.InductionFile> files = new ArrayList<>();
        for (Induction induction : inductions) {
            files.add(new SubjectExport.InductionFile(induction,
                    InductionAccessPolicy.assessmentsKept(induction) ? records.assessmentsOf(induction.inductionId()) : List.of(),
                    AuditDigest.of(records.auditTrail(INDUCTION, induction.inductionId()))));
        }
        return files;
    }

    private static Teacher corrected(Teacher teacher, Rectification change) {
        return new Teacher(teacher.trn(), change.givenName().orElse(teacher.givenName()),
                change.familyName().orElse(teacher.familyName()), change.dateOfBirth().orElse(teacher.dateOfBirth()),
                teacher.email());
    }

    private static Induction withTeacher(Induction i, Teacher teacher) {
        return i.withTeacher(teacher);
    }
}
