package org.inductionrecords.core.induction;

/** The Teachers' Standards: Part One TS1..TS8, and Part Two (personal and professional conduct). */
public enum Standard {
    TS1,
    TS2,
    TS3,
    TS4,
    TS5,
    TS6,
    TS7,
    TS8,
    PART2
}
