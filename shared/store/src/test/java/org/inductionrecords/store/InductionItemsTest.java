package org.inductionrecords.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.inductionrecords.core.induction.Assessment;
import org.inductionrecords.core.induction.AssessmentKind;
import org.inductionrecords.core.induction.AssessmentStatus;
import org.inductionrecords.core.induction.CloseReason;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.InductionStatus;
import org.inductionrecords.core.induction.Outcome;
import org.inductionrecords.core.induction.Programme;
import org.inductionrecords.core.induction.Progress;
import org.inductionrecords.core.induction.Rating;
import org.inductionrecords.core.induction.Recommendation;
import org.inductionrecords.core.induction.Standard;
import org.inductionrecords.core.induction.StandardJudgement;
import org.inductionrecords.core.induction.Teacher;
import org.inductionrecords.core.terms.Extension;
import org.inductionrecords.core.terms.ExtensionSource;
import org.inductionrecords.core.terms.InductionTerms;
import org.inductionrecords.core.terms.Reduction;
import org.inductionrecords.core.terms.TermAbsence;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The item layouts other functions rely on (the retention sweep reads and rewrites inductions). */
class InductionItemsTest {

    private static final Induction IN_PROGRESS = Induction.register("4c0f6f0e-1", "100001",
            new Teacher("1234567", "Ada", "Lovelace", LocalDate.of(1995, 12, 10), Optional.of("ada@example.org")),
            Programme.ECT, LocalDate.of(2024, 9, 2), new BigDecimal("0.5"), "tutor-1");

    @Test
    void anInProgressInductionIsListedBySchoolTutorAndTrnButNotDueForRetention() {
        Map<String, AttributeValue> item = InductionItems.toItem(IN_PROGRESS);
        assertEquals("INDUCTION#4c0f6f0e-1", item.get("pk").s());
        assertEquals("INDUCTION", item.get("sk").s());
        assertEquals("SCHOOL#100001#INDUCTIONS", item.get("gsi1pk").s());
        assertEquals("2024-09-02#4c0f6f0e-1", item.get("gsi1sk").s());
        assertEquals("TUTOR#tutor-1", item.get("gsi2pk").s());
        assertEquals("TEACHER#1234567", item.get("gsi3pk").s());
        assertEquals("INDUCTION#2024-09-02#4c0f6f0e-1", item.get("gsi3sk").s());
        assertEquals("0.5", item.get("fte").n());
        assertFalse(item.containsKey("retentionPk"));
        assertEquals(IN_PROGRESS, InductionItems.fromItem(item));
    }

    @Test
    void aMovedInductionKeepsItsPeriodsAndIsListedByItsCurrentSchoolAndTutor() {
        Induction moved = IN_PROGRESS.withAssessment("T1-PROGRESS_REVIEW")
                .left(LocalDate.of(2024, 12, 20), new BigDecimal("0.5"))
                .continuedAt("100002", LocalDate.of(2025, 1, 6), BigDecimal.ONE, "tutor-2");
        Induction closed = moved.closedWithoutOutcome(LocalDate.of(2025, 3, 31), CloseReason.LEFT_TEACHING,
                new BigDecimal("1"));

        Map<String, AttributeValue> item = InductionItems.toItem(moved);

        assertEquals("SCHOOL#100002#INDUCTIONS", item.get("gsi1pk").s());
        assertEquals("TUTOR#tutor-2", item.get("gsi2pk").s());
        assertEquals(2, item.get("periods").l().size());
        assertEquals(moved, InductionItems.fromItem(item));
        assertEquals(closed, InductionItems.fromItem(InductionItems.toItem(closed)));
        assertEquals("LEFT_TEACHING", InductionItems.toItem(closed).get("closeReason").s());
    }

    @Test
    void aLeaverOwingAnInterimIsInItsSchoolsInterimQueueByDueDateUntilTheInterimIsWrittenOrItMovesOn() {
        // half time from 2 September to 20 December 2024: 0.5 FTE terms, one calendar term
        Induction left = IN_PROGRESS.left(LocalDate.of(2024, 12, 20), new BigDecimal("0.5"));

        Map<String, AttributeValue> item = InductionItems.toItem(left);

        assertEquals("TASKS#SCHOOL#100001#INTERIM", item.get("tasksPk").s());
        // 20 December 2024 + 10 working days (Christmas, Boxing Day and New Year's Day not counted)
        assertEquals("2025-01-08#4c0f6f0e-1", item.get("tasksSk").s());
        assertEquals(left, InductionItems.fromItem(item));
        assertFalse(InductionItems.toItem(left.withAssessment("T1-INTERIM")).containsKey("tasksPk"));
        assertFalse(InductionItems.toItem(left.continuedAt("100002", LocalDate.of(2025, 1, 6), BigDecimal.ONE,
                "tutor-2")).containsKey("tasksPk"));
        assertFalse(InductionItems.toItem(IN_PROGRESS).containsKey("tasksPk"));
        assertFalse(InductionItems.toItem(IN_PROGRESS.left(LocalDate.of(2024, 11, 29), new BigDecimal("0.4")))
                .containsKey("tasksPk"), "less than a term served: no interim");
    }

    @Test
    void anItemWrittenBeforePeriodsReadsAsOneOpenPeriodOfItsSchoolStartFteAndTutor() {
        Map<String, AttributeValue> item = new java.util.HashMap<>(InductionItems.toItem(IN_PROGRESS));
        item.remove("periods");

        assertEquals(IN_PROGRESS, InductionItems.fromItem(item));
    }

    @Test
    void aPassedInductionIsOnTheRetentionIndexByItsEndDateAndAReducedOneIsNot() {
        Induction passed = IN_PROGRESS.withOutcome(InductionStatus.PASSED, Outcome.PASSED, LocalDate.of(2026, 7, 20),
                IN_PROGRESS.terms().with(new Extension(new BigDecimal("0.5"), "EXTENDED outcome of 2026-01-10",
                        ExtensionSource.OUTCOME, Instant.parse("2026-01-10T10:00:00Z"))),
                Optional.of(LocalDate.of(2032, 7, 20)));
        Map<String, AttributeValue> item = InductionItems.toItem(passed);
        assertEquals("RETENTION", item.get("retentionPk").s());
        assertEquals("2032-07-20#4c0f6f0e-1", item.get("retentionSk").s());
        assertEquals(passed, InductionItems.fromItem(item));

        Induction reduced = passed.reduce(Instant.parse("2032-07-21T01:30:00Z"));
        Map<String, AttributeValue> basic = InductionItems.toItem(reduced);
        for (String gone : new String[] {"email", "tutorUserId", "fte", "gsi2pk", "retentionPk", "retentionSk",
                "legalHoldReason", "retentionEnds"}) {
            assertFalse(basic.containsKey(gone), gone);
        }
        assertEquals("2026-07-20", basic.get("completionDate").s());
        assertEquals("6.5", basic.get("termsServed").n());
        assertEquals("0.5", basic.get("extensionTerms").n(), "the basic record keeps the extensions' total only");
        assertFalse(basic.containsKey("extensions"));
        assertEquals(reduced, InductionItems.fromItem(basic));
    }

    @Test
    void anAssessmentRoundTripsWithItsStandardsAndWorkflow() {
        Map<Standard, StandardJudgement> standards = new EnumMap<>(Standard.class);
        for (Standard standard : Standard.values()) {
            standards.put(standard, new StandardJudgement(Rating.MEETING, "Evidence " + standard));
        }
        Assessment assessment = new Assessment("T6-FINAL", "4c0f6f0e-1", AssessmentKind.FINAL, 6,
                LocalDate.of(2026, 4, 20), LocalDate.of(2026, 7, 20), 3, 1, Progress.SATISFACTORY, standards,
                Optional.of(Recommendation.PASS), Optional.of("Summary"), AssessmentStatus.ACKNOWLEDGED, 3,
                "tutor-1", Instant.parse("2026-07-21T09:00:00Z"), Optional.of("head-1"),
                Optional.of(Instant.parse("2026-07-22T09:00:00Z")), Optional.of("nqt-1"),
                Optional.of(Instant.parse("2026-07-23T09:00:00Z")), Optional.of("Thanks"),
                Optional.of(new org.inductionrecords.core.induction.Review("ab-1", Instant.parse("2026-07-24T09:00:00Z"),
                        Optional.of("Add evidence for TS3"))));
        Map<String, AttributeValue> item = AssessmentItems.toItem(assessment);
        assertEquals("INDUCTION#4c0f6f0e-1", item.get("pk").s());
        assertEquals("ASSESSMENT#T6-FINAL", item.get("sk").s());
        assertEquals(assessment, AssessmentItems.fromItem(item));
    }

    @Test
    void givenExtensionsReductionsAndAbsenceWhenWrittenThenTheyAreReadBackAsTheyWere() {
        Instant at = Instant.parse("2025-01-10T09:00:00Z");
        Induction recorded = IN_PROGRESS.withTerms(IN_PROGRESS.terms()
                .with(new Extension(new BigDecimal("1.5"), "Long illness", ExtensionSource.AB, at))
                .with(new Reduction(new BigDecimal("0.3"), "Prior experience abroad", at))
                .withAbsence(1, new TermAbsence(20, 5, at))
                .withAbsence(2, new TermAbsence(15, 0, at.plusSeconds(60)))
                .countingStatutoryLeave(true));

        Map<String, AttributeValue> item = InductionItems.toItem(recorded);

        assertEquals(2, item.get("absence").m().size());
        assertFalse(item.containsKey("extensionTerms"), "a whole record keeps its extensions as records");
        assertEquals(recorded, InductionItems.fromItem(item));
    }

    @Test
    void givenAnItemWrittenBeforeExtensionsWereRecordsWhenReadThenItsExtensionTermsAreOneOutcomeExtension() {
        Map<String, AttributeValue> old = new java.util.HashMap<>(InductionItems.toItem(IN_PROGRESS));
        old.put("extensionTerms", AttributeValue.fromN("1.5"));
        old.put("outcome", AttributeValue.fromS("EXTENDED"));
        old.put("outcomeDate", AttributeValue.fromS("2025-07-18"));

        Induction read = InductionItems.fromItem(old);

        assertEquals(java.util.List.of(new Extension(new BigDecimal("1.5"), Extension.TOTAL_ONLY, ExtensionSource.OUTCOME,
                Instant.parse("2025-07-17T23:00:00Z"))), read.terms().extensions());
        assertEquals(0, new BigDecimal("7.5").compareTo(read.termsRequired()));
        assertEquals(InductionTerms.NONE.reductions(), read.terms().reductions());
    }

    @Test
    void givenAQualificationWhenWrittenThenItIsReadBackAndAnOldItemWithoutOneReadsAsNone() {
        Induction registered = Induction.register("4c0f6f0e-2", "100001", IN_PROGRESS.teacher(), Programme.ECT,
                LocalDate.of(2024, 9, 2), new org.inductionrecords.core.induction.Qualification(
                        Optional.of(LocalDate.of(2024, 7, 1)),
                        Optional.of(org.inductionrecords.core.induction.TrainingProgramme.SCHOOL_LED)),
                BigDecimal.ONE, "tutor-1");

        Map<String, AttributeValue> item = InductionItems.toItem(registered);

        assertEquals("SCHOOL_LED", item.get("trainingProgramme").s());
        assertEquals(registered, InductionItems.fromItem(item));
        assertEquals(org.inductionrecords.core.induction.Qualification.NONE,
                InductionItems.fromItem(InductionItems.toItem(IN_PROGRESS)).qualification());
    }
}
