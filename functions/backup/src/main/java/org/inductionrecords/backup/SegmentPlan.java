package org.inductionrecords.backup;

/**
 * How many parallel scan segments a backup uses. Each segment holds one upload part per site in memory
 * (at most {@link MultipartUploadStream#PART_SIZE}), so memory is bounded by segments x sites x part size,
 * whatever the size of the table. Small tables gain nothing from parallel segments, so segments are added
 * only as the table grows past what one segment reads comfortably within the function's timeout.
 * DescribeTable's counts are refreshed only every few hours (and DynamoDB Local's may lag): a stale
 * estimate changes the speed of the backup, never its content, since the segments cover the whole table.
 */
final class SegmentPlan {

    static final int MAX_SEGMENTS = 8;
    static final long ITEMS_PER_SEGMENT = 250_000;
    static final long BYTES_PER_SEGMENT = 256L * 1024 * 1024;

    private SegmentPlan() {
    }

    static int segmentsFor(long itemCount, long tableSizeBytes) {
        long byItems = ceilDiv(Math.max(0, itemCount), ITEMS_PER_SEGMENT);
        long bySize = ceilDiv(Math.max(0, tableSizeBytes), BYTES_PER_SEGMENT);
        return (int) Math.max(1, Math.min(MAX_SEGMENTS, Math.max(byItems, bySize)));
    }

    private static long ceilDiv(long value, long divisor) {
        return (value + divisor - 1) / divisor;
    }
}
