package org.inductionrecords.core.induction;

import java.util.Objects;

/** The judgement against one standard, with the evidence comment behind it. */
public record StandardJudgement(Rating rating, String comment) {

    public StandardJudgement {
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(comment, "comment");
    }
}
