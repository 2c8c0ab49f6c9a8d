package org.inductionrecords.core.calendar;

/** The three terms of an English school year, in their order. */
public enum TermName {
    AUTUMN, SPRING, SUMMER
}
