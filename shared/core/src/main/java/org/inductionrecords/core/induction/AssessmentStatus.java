package org.inductionrecords.core.induction;

/**
 * An assessment's workflow (DOMAIN.md "The AB's review"): tutor or headteacher submits, headteacher signs, teacher
 * acknowledges; the AB approves a signed one (not a progress review) or returns it for correction, and a
 * correction (a new version) makes it SUBMITTED again.
 */
public enum AssessmentStatus {
    SUBMITTED,
    SIGNED,
    ACKNOWLEDGED,
    APPROVED,
    RETURNED
}
