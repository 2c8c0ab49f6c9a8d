package org.inductionrecords.core.induction;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Judgements keyed by standard, always in the standards' order (stable JSON, stable request hashes). */
final class Standards {

    private Standards() {
    }

    static Map<Standard, StandardJudgement> ordered(Map<Standard, StandardJudgement> judgements) {
        EnumMap<Standard, StandardJudgement> ordered = new EnumMap<>(Standard.class);
        ordered.putAll(judgements);
        return Collections.unmodifiableMap(ordered);
    }
}
