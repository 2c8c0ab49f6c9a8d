package org.inductionrecords.core.induction;

/** The judgement of progress in the assessed period. */
public enum Progress {
    SATISFACTORY,
    UNSATISFACTORY
}
