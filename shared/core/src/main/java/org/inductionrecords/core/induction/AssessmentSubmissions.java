package org.inductionrecords.core.induction;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.inductionrecords.core.validation.RequestBody;

/**
 * Reads an assessment body and checks every rule that needs no induction: types, ranges, dates not
 * in the future, standards required for FORMAL and FINAL, recommendation only and always on FINAL.
 * The rules that need the induction (kind at term, period inside the induction) are {@link AssessmentRules}.
 */
public final class AssessmentSubmissions {

    public static final int MAX_DAYS_ABSENT = 366;
    /**
     * All free text of one assessment, in UTF-8 bytes. Ten fields of 10,000 ASCII characters fit;
     * the cap keeps the item, and the idempotency record holding its JSON answer (escaping can
     * double text), under DynamoDB's 400 KB item limit whatever the characters.
     */
    public static final int MAX_TEXT_BYTES = 150_000;

    private AssessmentSubmissions() {
    }

    public static AssessmentSubmission from(RequestBody body, LocalDate today) {
        AssessmentKind kind = body.requiredEnum("kind", AssessmentKind.class);
        Integer term = body.requiredInt("term", 1, AssessmentSchedule.MAX_TERMS);
        LocalDate periodStart = body.requiredDate("periodStart");
        LocalDate periodEnd = body.requiredDate("periodEnd");
        Integer daysAbsent = body.requiredInt("daysAbsent", 0, MAX_DAYS_ABSENT);
        // Statutory leave is among the days absent (DOMAIN.md "Absence"; guidance 3.6-3.7).
        Optional<Integer> statutoryLeaveDays = body.optionalInt("statutoryLeaveDays", 0, MAX_DAYS_ABSENT);
        if (daysAbsent != null) {
            statutoryLeaveDays.ifPresent(days -> body.check(days <= daysAbsent, "statutoryLeaveDays",
                    "must not be more than daysAbsent"));
        }
        Progress progress = body.requiredEnum("progress", Progress.class);
        Map<Standard, StandardJudgement> standards = standards(body, kind);
        Optional<Recommendation> recommendation = body.optionalEnum("recommendation", Recommendation.class);
        Optional<String> summary = body.text("summary", RequestBody.MAX_TEXT);

        if (kind == AssessmentKind.FINAL) {
            body.check(body.has("recommendation"), "recommendation", "is required on a FINAL assessment");
        } else if (kind != null) {
            body.check(!body.has("recommendation"), "recommendation", "is allowed on a FINAL assessment only");
        }
        long textBytes = summary.map(AssessmentSubmissions::utf8Bytes).orElse(0L)
                + standards.values().stream().mapToLong(j -> utf8Bytes(j.comment())).sum();
        body.check(textBytes <= MAX_TEXT_BYTES, summary.isPresent() ? "summary" : "standards",
                "the assessment's text must be at most " + MAX_TEXT_BYTES + " bytes in all");
        if (periodStart != null && periodEnd != null) {
            body.check(!periodStart.isAfter(periodEnd), "periodEnd", "must not be before periodStart");
        }
        if (periodEnd != null) {
            body.check(!periodEnd.isAfter(today), "periodEnd", "must not be in the future");
        }
        body.done();
        return new AssessmentSubmission(kind, term, periodStart, periodEnd, daysAbsent, statutoryLeaveDays.orElse(0),
                progress, standards,
                recommendation, summary);
    }

    private static Map<Standard, StandardJudgement> standards(RequestBody body, AssessmentKind kind) {
        Map<Standard, StandardJudgement> judgements = new EnumMap<>(Standard.class);
        boolean required = kind == AssessmentKind.FORMAL || kind == AssessmentKind.FINAL;
        if (!body.has("standards")) {
            body.check(!required, "standards", "are required on a " + kind + " assessment");
            return judgements;
        }
        Optional<RequestBody> object = body.optionalObject("standards");
        if (object.isEmpty()) {
            return judgements;
        }
        RequestBody standards = object.get();
        for (String name : standards.fieldNames()) {
            standards.check(isStandard(name), name, "is not one of TS1..TS8, PART2");
        }
        // Given at all, the judgement is complete: every standard, each with rating and evidence.
        for (Standard standard : Standard.values()) {
            RequestBody one = standards.requiredObject(standard.name());
            if (one == null) {
                continue;
            }
            Rating rating = one.requiredEnum("rating", Rating.class);
            String comment = one.requiredText("comment", RequestBody.MAX_TEXT);
            if (rating != null && comment != null) {
                judgements.put(standard, new StandardJudgement(rating, comment));
            }
        }
        return judgements;
    }

    private static long utf8Bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private static boolean isStandard(String name) {
        for (Standard standard : Standard.values()) {
            if (standard.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
