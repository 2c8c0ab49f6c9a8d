package org.inductionrecords.core.terms;

/** Where an extension came from: the AB's EXTENDED outcome, absence in an induction year, or the AB directly. */
public enum ExtensionSource {
    OUTCOME, ABSENCE, AB
}
