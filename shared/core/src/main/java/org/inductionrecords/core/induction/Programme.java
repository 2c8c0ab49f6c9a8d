package org.inductionrecords.core.induction;

/**
 * The two statutory programmes (DOMAIN.md): NQT induction, started before September 2021, lasts 3
 * terms; ECT induction lasts 6. Lengths are full-time-equivalent terms.
 */
public enum Programme {
    NQT(3),
    ECT(6);

    private final int baseTerms;

    Programme(int baseTerms) {
        this.baseTerms = baseTerms;
    }

    /** The programme's length in terms before any extension. */
    public int baseTerms() {
        return baseTerms;
    }
}
