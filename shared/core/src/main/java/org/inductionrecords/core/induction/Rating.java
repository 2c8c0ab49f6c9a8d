package org.inductionrecords.core.induction;

/** A judgement against one of the Teachers' Standards. */
public enum Rating {
    MEETING,
    NOT_MEETING
}
