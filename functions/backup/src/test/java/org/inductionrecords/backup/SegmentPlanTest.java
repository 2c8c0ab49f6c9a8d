package org.inductionrecords.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SegmentPlanTest {

    @Test
    void anEmptyOrUnknownTableStillGetsOneSegment() {
        assertEquals(1, SegmentPlan.segmentsFor(0, 0));
        assertEquals(1, SegmentPlan.segmentsFor(-1, -1));
    }

    @Test
    void segmentsGrowWithItemsOrSizeWhicheverNeedsMore() {
        assertEquals(1, SegmentPlan.segmentsFor(250_000, 1024));
        assertEquals(2, SegmentPlan.segmentsFor(250_001, 1024));
        assertEquals(3, SegmentPlan.segmentsFor(10, 600L * 1024 * 1024));
    }

    @Test
    void segmentsAreCappedAtEight() {
        assertEquals(8, SegmentPlan.segmentsFor(100_000_000, 1L << 40));
    }
}
