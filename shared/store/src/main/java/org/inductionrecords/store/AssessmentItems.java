package org.inductionrecords.store;

import static org.inductionrecords.store.Attributes.n;
import static org.inductionrecords.store.Attributes.optionalString;
import static org.inductionrecords.store.Attributes.s;
import static org.inductionrecords.store.Attributes.string;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.inductionrecords.core.induction.Assessment;
import org.inductionrecords.core.induction.AssessmentKind;
import org.inductionrecords.core.induction.AssessmentStatus;
import org.inductionrecords.core.induction.Progress;
import org.inductionrecords.core.induction.Rating;
import org.inductionrecords.core.induction.Recommendation;
import org.inductionrecords.core.induction.Review;
import org.inductionrecords.core.induction.Standard;
import org.inductionrecords.core.induction.StandardJudgement;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An assessment's item, in its induction's partition: {@code INDUCTION#<inductionId>} /
 * {@code ASSESSMENT#T<term>-<KIND>}. One query lists an induction's assessments; the sort key is the
 * "one per induction, kind and term" rule. Standards are a map of {rating, comment}.
 */
public final class AssessmentItems {

    public static final String TYPE = "ASSESSMENT";
    public static final String SK_PREFIX = "ASSESSMENT#";

    private AssessmentItems() {
    }

    public static Map<String, AttributeValue> key(String inductionId, String assessmentId) {
        return Map.of(Keys.PK, s(Keys.induction(inductionId)), Keys.SK, s(SK_PREFIX + assessmentId));
    }

    public static final String VERSION_TYPE = "ASSESSMENT_VERSION";
    public static final String VERSION_SK_PREFIX = "VERSION#";

    /**
     * The assessment with the keys of the work queues it is in (docs/TABLE.md "Tasks"), which follow from its
     * status alone, so every write of the assessment keeps them in step: the school's queue (gsi3) while
     * SUBMITTED (to sign) or RETURNED (to correct), the AB's review queue (tasks) while it awaits review.
     */
    public static Map<String, AttributeValue> toItem(Assessment a, String schoolUrn) {
        Map<String, AttributeValue> item = toItem(a);
        if (a.status() == AssessmentStatus.SUBMITTED || a.status() == AssessmentStatus.RETURNED) {
            item.put(Keys.GSI3_PK, s(TaskQueues.school(schoolUrn)));
            item.put(Keys.GSI3_SK, s(a.status() + "#" + a.inductionId() + "#" + a.assessmentId()));
        }
        if (a.awaitsReview()) {
            item.put(Keys.TASKS_PK, s(TaskQueues.REVIEWS));
            item.put(Keys.TASKS_SK, s(a.signedAt().orElseThrow() + "#" + a.inductionId() + "#" + a.assessmentId()));
        }
        item.put("schoolUrn", s(schoolUrn));
        return item;
    }

    /** An earlier version as it was, beside the assessment: {@code VERSION#<assessmentId>#<version, 6 digits>}. */
    public static Map<String, AttributeValue> versionItem(Assessment earlier) {
        Map<String, AttributeValue> item = toItem(earlier);
        item.put(Keys.SK, s(versionPrefix(earlier.assessmentId()) + String.format("%06d", earlier.version())));
        item.put(Keys.TYPE, s(VERSION_TYPE));
        return item;
    }

    public static String versionPrefix(String assessmentId) {
        return VERSION_SK_PREFIX + assessmentId + "#";
    }

    /** The item without queue keys (an earlier version is in no queue). */
    public static Map<String, AttributeValue> toItem(Assessment a) {
        Map<String, AttributeValue> item = new HashMap<>(key(a.inductionId(), a.assessmentId()));
        item.put(Keys.TYPE, s(TYPE));
        item.put("assessmentId", s(a.assessmentId()));
        item.put("inductionId", s(a.inductionId()));
        item.put("kind", s(a.kind().name()));
        item.put("term", n(a.term()));
        item.put("periodStart", s(a.periodStart().toString()));
        item.put("periodEnd", s(a.periodEnd().toString()));
        item.put("daysAbsent", n(a.daysAbsent()));
        item.put("statutoryLeaveDays", n(a.statutoryLeaveDays()));
        item.put("progress", s(a.progress().name()));
        if (!a.standards().isEmpty()) {
            Map<String, AttributeValue> standards = new HashMap<>();
            a.standards().forEach((standard, judgement) -> standards.put(standard.name(), AttributeValue.fromM(Map.of(
                    "rating", s(judgement.rating().name()),
                    "comment", s(judgement.comment())))));
            item.put("standards", AttributeValue.fromM(standards));
        }
        a.recommendation().ifPresent(r -> item.put("recommendation", s(r.name())));
        a.summary().ifPresent(text -> item.put("summary", s(text)));
        item.put("status", s(a.status().name()));
        item.put("version", n(a.version()));
        item.put("submittedBy", s(a.submittedBy()));
        item.put("submittedAt", s(a.submittedAt().toString()));
        a.signedBy().ifPresent(id -> item.put("signedBy", s(id)));
        a.signedAt().ifPresent(at -> item.put("signedAt", s(at.toString())));
        a.acknowledgedBy().ifPresent(id -> item.put("acknowledgedBy", s(id)));
        a.acknowledgedAt().ifPresent(at -> item.put("acknowledgedAt", s(at.toString())));
        a.teacherComment().ifPresent(text -> item.put("teacherComment", s(text)));
        a.review().ifPresent(review -> {
            item.put("reviewedBy", s(review.reviewedBy()));
            item.put("reviewedAt", s(review.reviewedAt().toString()));
            review.returnComment().ifPresent(text -> item.put("returnComment", s(text)));
        });
        return item;
    }

    public static Assessment fromItem(Map<String, AttributeValue> item) {
        Map<Standard, StandardJudgement> standards = new EnumMap<>(Standard.class);
        AttributeValue stored = item.get("standards");
        if (stored != null && stored.hasM()) {
            stored.m().forEach((name, judgement) -> standards.put(Standard.valueOf(name), new StandardJudgement(
                    Rating.valueOf(string(judgement.m(), "rating")), string(judgement.m(), "comment"))));
        }
        return new Assessment(
                string(item, "assessmentId"),
                string(item, "inductionId"),
                AssessmentKind.valueOf(string(item, "kind")),
                (int) Attributes.number(item, "term"),
                LocalDate.parse(string(item, "periodStart")),
                LocalDate.parse(string(item, "periodEnd")),
                (int) Attributes.number(item, "daysAbsent"),
                // Absent from assessments written before statutory leave was recorded: none then.
                Attributes.optionalNumber(item, "statutoryLeaveDays").map(Integer::parseInt).orElse(0),
                Progress.valueOf(string(item, "progress")),
                standards,
                optionalString(item, "recommendation").map(Recommendation::valueOf),
                optionalString(item, "summary"),
                AssessmentStatus.valueOf(string(item, "status")),
                Attributes.number(item, "version"),
                string(item, "submittedBy"),
                Instant.parse(string(item, "submittedAt")),
                optionalString(item, "signedBy"),
                optionalString(item, "signedAt").map(Instant::parse),
                optionalString(item, "acknowledgedBy"),
                optionalString(item, "acknowledgedAt").map(Instant::parse),
                optionalString(item, "teacherComment"),
                optionalString(item, "reviewedBy").map(by -> new Review(by,
                        Instant.parse(string(item, "reviewedAt")), optionalString(item, "returnComment"))));
    }
}
