package org.inductionrecords.store;

import static org.inductionrecords.store.Attributes.bool;
import static org.inductionrecords.store.Attributes.n;
import static org.inductionrecords.store.Attributes.optionalNumber;
import static org.inductionrecords.store.Attributes.s;
import static org.inductionrecords.store.Attributes.string;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inductionrecords.core.terms.Extension;
import org.inductionrecords.core.terms.ExtensionSource;
import org.inductionrecords.core.terms.InductionTerms;
import org.inductionrecords.core.terms.Reduction;
import org.inductionrecords.core.terms.TermAbsence;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An induction's terms on its item (docs/TABLE.md): {@code extensions} (a list of {terms, reason, source,
 * recordedAt}), {@code reductions} (a list of {terms, reason, recordedAt}), {@code absence} (a map by calendar
 * term of {days, statutory, recordedAt}) and {@code countStatutoryLeave}; each only when it holds something.
 * A REDUCED record keeps only {@code extensionTerms}, the total. An item written before extensions were
 * records has only {@code extensionTerms} too: it is read as one OUTCOME extension, so no migration is needed.
 */
final class InductionTermsItems {

    static final String EXTENSIONS = "extensions";
    static final String REDUCTIONS = "reductions";
    static final String ABSENCE = "absence";
    static final String COUNT_STATUTORY_LEAVE = "countStatutoryLeave";
    static final String EXTENSION_TERMS = "extensionTerms";

    private InductionTermsItems() {
    }

    /** The whole terms of a whole induction; the extensions' total of a REDUCED one. */
    static void put(Map<String, AttributeValue> item, InductionTerms terms, boolean reduced) {
        if (reduced) {
            BigDecimal total = terms.extensions().stream().map(Extension::terms).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.signum() > 0) {
                item.put(EXTENSION_TERMS, n(total.stripTrailingZeros().toPlainString()));
            }
            return;
        }
        if (!terms.extensions().isEmpty()) {
            item.put(EXTENSIONS, AttributeValue.fromL(terms.extensions().stream().map(extension -> {
                Map<String, AttributeValue> one = new HashMap<>();
                one.put("terms", n(extension.terms().toPlainString()));
                one.put("reason", s(extension.reason()));
                one.put("source", s(extension.source().name()));
                one.put("recordedAt", s(extension.recordedAt().toString()));
                return AttributeValue.fromM(one);
            }).toList()));
        }
        if (!terms.reductions().isEmpty()) {
            item.put(REDUCTIONS, AttributeValue.fromL(terms.reductions().stream().map(reduction -> AttributeValue.fromM(
                    Map.of("terms", n(reduction.terms().toPlainString()), "reason", s(reduction.reason()),
                            "recordedAt", s(reduction.recordedAt().toString())))).toList()));
        }
        if (!terms.absenceByTerm().isEmpty()) {
            Map<String, AttributeValue> byTerm = new HashMap<>();
            terms.absenceByTerm().forEach((term, absence) -> byTerm.put(Integer.toString(term), AttributeValue.fromM(
                    Map.of("days", n(absence.daysAbsent()), "statutory", n(absence.statutoryLeaveDays()),
                            "recordedAt", s(absence.recordedAt().toString())))));
            item.put(ABSENCE, AttributeValue.fromM(byTerm));
        }
        if (terms.countStatutoryLeave()) {
            item.put(COUNT_STATUTORY_LEAVE, bool(true));
        }
    }

    /** @param outcomeDate the induction's outcome date: when a legacy extension was (at the latest) recorded */
    static InductionTerms from(Map<String, AttributeValue> item, Optional<LocalDate> outcomeDate) {
        List<Extension> extensions = new ArrayList<>();
        if (item.containsKey(EXTENSIONS)) {
            for (AttributeValue value : item.get(EXTENSIONS).l()) {
                Map<String, AttributeValue> one = value.m();
                extensions.add(new Extension(new BigDecimal(one.get("terms").n()), string(one, "reason"),
                        ExtensionSource.valueOf(string(one, "source")), Instant.parse(string(one, "recordedAt"))));
            }
        } else {
            optionalNumber(item, EXTENSION_TERMS).map(BigDecimal::new).filter(terms -> terms.signum() > 0)
                    .ifPresent(terms -> extensions.add(Extension.totalOnly(terms, outcomeDate)));
        }
        List<Reduction> reductions = new ArrayList<>();
        if (item.containsKey(REDUCTIONS)) {
            for (AttributeValue value : item.get(REDUCTIONS).l()) {
                Map<String, AttributeValue> one = value.m();
                reductions.add(new Reduction(new BigDecimal(one.get("terms").n()), string(one, "reason"),
                        Instant.parse(string(one, "recordedAt"))));
            }
        }
        Map<Integer, TermAbsence> absence = new HashMap<>();
        if (item.containsKey(ABSENCE)) {
            item.get(ABSENCE).m().forEach((term, value) -> {
                Map<String, AttributeValue> one = value.m();
                absence.put(Integer.parseInt(term), new TermAbsence(Integer.parseInt(one.get("days").n()),
                        Integer.parseInt(one.get("statutory").n()), Instant.parse(string(one, "recordedAt"))));
            });
        }
        return new InductionTerms(extensions, reductions, absence, Attributes.bool(item, COUNT_STATUTORY_LEAVE));
    }
}
