package org.inductionrecords.store;

import static org.inductionrecords.store.Attributes.n;
import static org.inductionrecords.store.Attributes.optionalNumber;
import static org.inductionrecords.store.Attributes.optionalString;
import static org.inductionrecords.store.Attributes.s;
import static org.inductionrecords.store.Attributes.string;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inductionrecords.core.induction.Period;
import org.inductionrecords.core.induction.PeriodEnd;
import org.inductionrecords.core.induction.Placement;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An induction's periods, held on its item as {@code periods (L of M {periodId, schoolUrn, startDate, endDate?,
 * fte N, tutorUserId, termsServed N?, endReason?, assessmentIds SS?})} (docs/TABLE.md), and the link item of a
 * school the teacher has left: {@code INDUCTION#<id>} / {@code FORMER_SCHOOL#<urn>} in gsi1
 * {@code SCHOOL#<urn>#FORMER_INDUCTIONS}, the access pattern of a school's former inductions.
 *
 * <p><b>No migration</b>: an item written before periods were recorded has none, and is read as one open period
 * at its school from its start date, with its {@code fte} and {@code tutorUserId}; it is written with its
 * periods by its next write.
 */
final class PeriodItems {

    static final String PERIODS = "periods";
    static final String FORMER_TYPE = "FORMER_SCHOOL";
    static final String FORMER_SK_PREFIX = "FORMER_SCHOOL#";

    private PeriodItems() {
    }

    static void put(Map<String, AttributeValue> item, Placement placement) {
        item.put(PERIODS, AttributeValue.fromL(placement.periods().stream().map(PeriodItems::toMap).toList()));
    }

    private static AttributeValue toMap(Period period) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("periodId", s(period.periodId()));
        m.put("schoolUrn", s(period.schoolUrn()));
        m.put("startDate", s(period.startDate().toString()));
        period.endDate().ifPresent(date -> m.put("endDate", s(date.toString())));
        m.put("fte", n(period.fte().toPlainString()));
        m.put("tutorUserId", s(period.tutorUserId()));
        period.termsServed().ifPresent(terms -> m.put("termsServed", n(terms.toPlainString())));
        period.endReason().ifPresent(reason -> m.put("endReason", s(reason.name())));
        if (!period.assessmentIds().isEmpty()) {
            m.put("assessmentIds", AttributeValue.fromL(period.assessmentIds().stream().map(Attributes::s).toList()));
        }
        return AttributeValue.fromM(m);
    }

    /** The item's periods; an item written before periods (see above) as one open period. */
    static Optional<Placement> from(Map<String, AttributeValue> item) {
        AttributeValue periods = item.get(PERIODS);
        if (periods != null && periods.hasL() && !periods.l().isEmpty()) {
            return Optional.of(new Placement(periods.l().stream().map(AttributeValue::m).map(PeriodItems::fromMap)
                    .toList()));
        }
        return optionalNumber(item, "fte").map(BigDecimal::new)
                .flatMap(fte -> optionalString(item, "tutorUserId").map(tutor -> Placement.first(
                        string(item, "schoolUrn"), LocalDate.parse(string(item, "startDate")), fte, tutor)));
    }

    private static Period fromMap(Map<String, AttributeValue> m) {
        List<String> assessments = m.containsKey("assessmentIds")
                ? m.get("assessmentIds").l().stream().map(AttributeValue::s).toList() : List.of();
        return new Period(string(m, "periodId"), string(m, "schoolUrn"), LocalDate.parse(string(m, "startDate")),
                optionalString(m, "endDate").map(LocalDate::parse), new BigDecimal(m.get("fte").n()),
                string(m, "tutorUserId"), optionalNumber(m, "termsServed").map(BigDecimal::new),
                optionalString(m, "endReason").map(PeriodEnd::valueOf), assessments);
    }

    static String formerPartition(String urn) {
        return Keys.school(urn) + "#FORMER_INDUCTIONS";
    }

    /** The link of a school the teacher left on {@code leftOn}: ids only, listed newest departure first. */
    static Map<String, AttributeValue> formerLink(String inductionId, String urn, LocalDate leftOn) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s(Keys.induction(inductionId)));
        item.put(Keys.SK, s(FORMER_SK_PREFIX + urn));
        item.put(Keys.TYPE, s(FORMER_TYPE));
        item.put("inductionId", s(inductionId));
        item.put("schoolUrn", s(urn));
        item.put(Keys.GSI1_PK, s(formerPartition(urn)));
        item.put(Keys.GSI1_SK, s(leftOn + "#" + inductionId));
        return item;
    }
}
