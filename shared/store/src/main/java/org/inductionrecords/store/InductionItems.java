package org.inductionrecords.store;

import static org.inductionrecords.store.Attributes.bool;
import static org.inductionrecords.store.Attributes.n;
import static org.inductionrecords.store.Attributes.optionalNumber;
import static org.inductionrecords.store.Attributes.optionalString;
import static org.inductionrecords.store.Attributes.s;
import static org.inductionrecords.store.Attributes.string;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.inductionrecords.core.deadline.InterimDeadline;
import org.inductionrecords.core.induction.CloseReason;
import org.inductionrecords.core.induction.Decision;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.InductionFilter;
import org.inductionrecords.core.induction.InductionStatus;
import org.inductionrecords.core.induction.Outcome;
import org.inductionrecords.core.induction.Placement;
import org.inductionrecords.core.induction.Programme;
import org.inductionrecords.core.induction.Qualification;
import org.inductionrecords.core.induction.RetentionState;
import org.inductionrecords.core.induction.Teacher;
import org.inductionrecords.core.induction.TrainingProgramme;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * An induction's item: {@code INDUCTION#<id>} / {@code INDUCTION} (docs/TABLE.md). Its indexes:
 * gsi1 by school ({@code SCHOOL#<urn>#INDUCTIONS}), gsi2 by tutor ({@code TUTOR#<userId>}, absent
 * once there is no tutor), gsi3 by TRN ({@code TEACHER#<trn>}, sort {@code INDUCTION#...}), gsi4 by status
 * across schools ({@code INDUCTIONS#<status>} / {@code <family name>#<given name>#<id>}, names lower-cased) and the
 * sparse retention index ({@code RETENTION} / {@code <retentionEnds>#<id>}), present only while the
 * induction is finished and still whole; on the sparse tasks index, the AB's decision queue while the decision is
 * due and the school left's interim queue while an interim is owed (docs/TABLE.md "Tasks"). The item is always written whole, so an attribute absent
 * from the record (for example the email of a REDUCED record) is absent from the item.
 */
public final class InductionItems {

    public static final String TYPE = "INDUCTION";
    public static final String SK = "INDUCTION";
    public static final String LOCK_TYPE = "INDUCTION_LOCK";
    public static final String LOCK_SK = "IN_PROGRESS";
    public static final String RETENTION_PARTITION = "RETENTION";
    public static final String GSI3_SK_PREFIX = "INDUCTION#";
    /**
     * Set by the retention sweep's claim ({@link RetentionTable#claim}) and gone with the rewrite to the basic
     * record: while it is there the induction is being reduced, and no other write may change it (a legal hold
     * accepted then would not stop deletes already under way). Not part of the record: the store's alone.
     */
    public static final String REDUCTION_STARTED = "reductionStarted";

    private InductionItems() {
    }

    /**
     * Whether a write of {@link #putAtVersion} was refused because the retention sweep is reducing the induction
     * (see {@link #REDUCTION_STARTED}), by the item the refusal returned.
     */
    public static boolean beingReduced(Optional<Map<String, AttributeValue>> asItWas) {
        return asItWas.map(item -> item.containsKey(REDUCTION_STARTED)).orElse(false);
    }

    /**
     * The induction written whole at the version read, unless the retention sweep is reducing it (the whole-item
     * write would drop its marker); a refusal returns the stored item, so the caller can tell which it was.
     */
    public static TransactWriteItem putAtVersion(String table, Induction induction, long expectedVersion) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(toItem(induction))
                .conditionExpression("version = :v AND attribute_not_exists(" + REDUCTION_STARTED + ")")
                .expressionAttributeValues(Map.of(":v", n(expectedVersion)))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build()).build();
    }

    public static Map<String, AttributeValue> key(String inductionId) {
        return Map.of(Keys.PK, s(Keys.induction(inductionId)), Keys.SK, s(SK));
    }

    /** The one-in-progress-per-TRN lock: {@code TEACHER#<trn>} / {@code IN_PROGRESS}. */
    public static Map<String, AttributeValue> lockKey(String trn) {
        return Map.of(Keys.PK, s(Keys.teacher(trn)), Keys.SK, s(LOCK_SK));
    }

    public static Map<String, AttributeValue> lockItem(String trn, String inductionId) {
        Map<String, AttributeValue> item = new HashMap<>(lockKey(trn));
        item.put(Keys.TYPE, s(LOCK_TYPE));
        item.put("inductionId", s(inductionId));
        return item;
    }

    public static String schoolPartition(String urn) {
        return Keys.school(urn) + "#INDUCTIONS";
    }

    /** The list across schools: one partition per status (TABLE.md, pattern 21). */
    public static String statusPartition(InductionStatus status) {
        return "INDUCTIONS#" + status.name();
    }

    /** Sorted by family name, then given name, compared without case: a name search is a key prefix. */
    public static String nameSortKey(String familyName, String givenName, String inductionId) {
        return InductionFilter.nameKey(familyName) + "#" + InductionFilter.nameKey(givenName) + "#" + inductionId;
    }

    public static String tutorPartition(String tutorUserId) {
        return "TUTOR#" + tutorUserId;
    }

    public static String retentionSortKey(LocalDate retentionEnds, String inductionId) {
        return retentionEnds + "#" + inductionId;
    }

    public static Map<String, AttributeValue> toItem(Induction induction) {
        String id = induction.inductionId();
        String listSort = induction.startDate() + "#" + id;
        Map<String, AttributeValue> item = new HashMap<>(key(id));
        item.put(Keys.TYPE, s(TYPE));
        item.put("inductionId", s(id));
        item.put("schoolUrn", s(induction.schoolUrn()));
        Teacher teacher = induction.teacher();
        item.put("trn", s(teacher.trn()));
        item.put("givenName", s(teacher.givenName()));
        item.put("familyName", s(teacher.familyName()));
        item.put("dateOfBirth", s(teacher.dateOfBirth().toString()));
        teacher.email().ifPresent(email -> item.put("email", s(email)));
        item.put("programme", s(induction.programme().name()));
        item.put("startDate", s(induction.startDate().toString()));
        induction.qtsDate().ifPresent(date -> item.put("qtsDate", s(date.toString())));
        induction.trainingProgramme().ifPresent(training -> item.put("trainingProgramme", s(training.name())));
        induction.fte().ifPresent(fte -> item.put("fte", n(fte.toPlainString())));
        induction.placement().ifPresent(placement -> PeriodItems.put(item, placement));
        induction.closeReason().ifPresent(reason -> item.put("closeReason", s(reason.name())));
        induction.tutorUserId().ifPresent(tutor -> {
            item.put("tutorUserId", s(tutor));
            item.put(Keys.GSI2_PK, s(tutorPartition(tutor)));
            item.put(Keys.GSI2_SK, s(listSort));
        });
        item.put("status", s(induction.status().name()));
        induction.outcome().ifPresent(outcome -> item.put("outcome", s(outcome.name())));
        induction.outcomeDate().ifPresent(date -> item.put("outcomeDate", s(date.toString())));
        InductionTermsItems.put(item, induction.terms(), induction.isReduced());
        item.put("legalHold", bool(induction.legalHold()));
        induction.legalHoldReason().ifPresent(reason -> item.put("legalHoldReason", s(reason)));
        induction.closedDate().ifPresent(date -> item.put("closedDate", s(date.toString())));
        induction.retentionEnds().ifPresent(date -> item.put("retentionEnds", s(date.toString())));
        induction.completionDate().ifPresent(date -> item.put("completionDate", s(date.toString())));
        induction.termsServed().ifPresent(terms -> item.put("termsServed", n(terms.toPlainString())));
        induction.reducedAt().ifPresent(at -> item.put("reducedAt", s(at.toString())));
        induction.finalSignedAt().ifPresent(at -> item.put("finalSignedAt", s(at.toString())));
        item.put("version", n(induction.version()));
        // The AB's decision queue (docs/TABLE.md "Tasks"): only while the decision is due, by its due date.
        induction.decisionDueBy().ifPresent(due -> {
            item.put(Keys.TASKS_PK, s(TaskQueues.DECISIONS));
            item.put(Keys.TASKS_SK, s(due + "#" + id));
        });
        // The school left's interim queue, only while the interim is owed (LEFT: never while the decision is due),
        // so the submission of the INTERIM, a continuation elsewhere or a close takes it out in the same Put.
        InterimDeadline.dueBy(induction).ifPresent(due -> {
            item.put(Keys.TASKS_PK, s(TaskQueues.interims(induction.schoolUrn())));
            item.put(Keys.TASKS_SK, s(due + "#" + id));
        });
        item.put(Keys.GSI1_PK, s(schoolPartition(induction.schoolUrn())));
        item.put(Keys.GSI1_SK, s(listSort));
        item.put(Keys.GSI3_PK, s(Keys.teacher(teacher.trn())));
        item.put(Keys.GSI3_SK, s(GSI3_SK_PREFIX + listSort));
        item.put(Keys.GSI4_PK, s(statusPartition(induction.status())));
        item.put(Keys.GSI4_SK, s(nameSortKey(teacher.familyName(), teacher.givenName(), id)));
        if (induction.awaitsRetention() && !induction.isReduced()) {
            item.put(Keys.RETENTION_PK, s(RETENTION_PARTITION));
            item.put(Keys.RETENTION_SK, s(retentionSortKey(induction.retentionEnds().orElseThrow(), id)));
        }
        return item;
    }

    public static Induction fromItem(Map<String, AttributeValue> item) {
        Teacher teacher = new Teacher(
                string(item, "trn"),
                string(item, "givenName"),
                string(item, "familyName"),
                LocalDate.parse(string(item, "dateOfBirth")),
                optionalString(item, "email"));
        Optional<Placement> placement = PeriodItems.from(item);
        Optional<Decision> decision = optionalString(item, "outcome").map(Outcome::valueOf)
                .map(outcome -> new Decision(outcome, date(item, "outcomeDate").orElseThrow()));
        RetentionState retention = new RetentionState(
                Attributes.bool(item, "legalHold"),
                optionalString(item, "legalHoldReason"),
                date(item, "closedDate"),
                date(item, "retentionEnds"),
                date(item, "completionDate"),
                optionalNumber(item, "termsServed").map(BigDecimal::new),
                optionalString(item, "reducedAt").map(Instant::parse),
                optionalString(item, "closeReason").map(CloseReason::valueOf));
        return new Induction(
                string(item, "inductionId"),
                string(item, "schoolUrn"),
                teacher,
                Programme.valueOf(string(item, "programme")),
                LocalDate.parse(string(item, "startDate")),
                // Absent from items registered before they were recorded.
                new Qualification(date(item, "qtsDate"),
                        optionalString(item, "trainingProgramme").map(TrainingProgramme::valueOf)),
                placement,
                InductionStatus.valueOf(string(item, "status")),
                decision,
                InductionTermsItems.from(item, date(item, "outcomeDate")),
                retention,
                optionalString(item, "finalSignedAt").map(Instant::parse),
                optionalNumber(item, "version").map(Long::parseLong).orElse(1L));
    }

    private static Optional<LocalDate> date(Map<String, AttributeValue> item, String name) {
        return optionalString(item, name).map(LocalDate::parse);
    }
}
