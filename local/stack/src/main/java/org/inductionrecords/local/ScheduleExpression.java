package org.inductionrecords.local;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An EventBridge schedule expression: {@code rate(N minute(s)|hour(s)|day(s))} or
 * {@code cron(minutes hours day-of-month month day-of-week year)} in a time zone (UTC unless given).
 * Cron fields take {@code *}, {@code ?}, numbers, names (JAN, MON), lists, ranges and {@code /} steps;
 * {@code L}, {@code W} and {@code #} are not supported here.
 */
abstract sealed class ScheduleExpression {

    private static final Pattern RATE = Pattern.compile("rate\\(\\s*(\\d+)\\s+(minute|minutes|hour|hours|day|days)\\s*\\)");
    private static final Pattern CRON = Pattern.compile("cron\\((.+)\\)");

    static ScheduleExpression parse(String expression, String timezone) {
        String text = expression.strip();
        Matcher rate = RATE.matcher(text);
        if (rate.matches()) {
            long amount = Long.parseLong(rate.group(1));
            Duration period = switch (rate.group(2)) {
                case "minute", "minutes" -> Duration.ofMinutes(amount);
                case "hour", "hours" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
            if (period.isZero()) {
                throw new IllegalArgumentException("A rate must be positive: " + expression);
            }
            return new Rate(period);
        }
        Matcher cron = CRON.matcher(text);
        if (cron.matches()) {
            return new Cron(cron.group(1).strip(), timezone == null ? ZoneOffset.UTC : ZoneId.of(timezone));
        }
        throw new IllegalArgumentException("Not a schedule expression: " + expression);
    }

    /** The first fire time strictly after {@code after}. */
    abstract Instant nextAfter(Instant after);

    static final class Rate extends ScheduleExpression {
        private final Duration period;

        Rate(Duration period) {
            this.period = period;
        }

        @Override
        Instant nextAfter(Instant after) {
            return after.plus(period);
        }
    }

    static final class Cron extends ScheduleExpression {
        private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
                "NOV", "DEC"};
        private static final String[] DAYS = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};

        private final BitSet minutes;
        private final BitSet hours;
        private final BitSet daysOfMonth;
        private final BitSet months;
        private final BitSet daysOfWeek;   // 1 = Sunday ... 7 = Saturday, as EventBridge counts
        private final BitSet years;
        private final ZoneId zone;

        Cron(String fields, ZoneId zone) {
            String[] parts = fields.split("\\s+");
            if (parts.length != 6) {
                throw new IllegalArgumentException("cron needs 6 fields: " + fields);
            }
            this.minutes = field(parts[0], 0, 59, null, 0);
            this.hours = field(parts[1], 0, 23, null, 0);
            this.daysOfMonth = field(parts[2], 1, 31, null, 0);
            this.months = field(parts[3], 1, 12, MONTHS, 1);
            this.daysOfWeek = field(parts[4], 1, 7, DAYS, 1);
            this.years = field(parts[5], 1970, 2199, null, 0);
            this.zone = zone;
        }

        @Override
        Instant nextAfter(Instant after) {
            ZonedDateTime t = after.atZone(zone).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
            ZonedDateTime limit = t.plusYears(5);
            while (t.isBefore(limit)) {
                if (!years.get(t.getYear()) || !months.get(t.getMonthValue())) {
                    t = t.plusMonths(1).withDayOfMonth(1).withHour(0).withMinute(0);
                    continue;
                }
                if (!daysOfMonth.get(t.getDayOfMonth()) || !daysOfWeek.get(eventBridgeDay(t.getDayOfWeek()))) {
                    t = t.plusDays(1).withHour(0).withMinute(0);
                    continue;
                }
                if (!hours.get(t.getHour())) {
                    t = t.plusHours(1).withMinute(0);
                    continue;
                }
                if (!minutes.get(t.getMinute())) {
                    t = t.plusMinutes(1);
                    continue;
                }
                return t.toInstant();
            }
            throw new IllegalStateException("cron never fires within five years");
        }

        private static int eventBridgeDay(DayOfWeek day) {
            return day.getValue() % 7 + 1;   // MONDAY=1..SUNDAY=7 -> SUN=1..SAT=7
        }

        private static BitSet field(String text, int min, int max, String[] names, int nameBase) {
            BitSet bits = new BitSet(max + 1);
            if (text.equals("*") || text.equals("?")) {
                bits.set(min, max + 1);
                return bits;
            }
            for (String part : text.split(",")) {
                int step = 1;
                String range = part;
                int slash = part.indexOf('/');
                if (slash >= 0) {
                    step = Integer.parseInt(part.substring(slash + 1));
                    range = part.substring(0, slash);
                }
                int from;
                int to;
                if (range.equals("*")) {
                    from = min;
                    to = max;
                } else if (range.contains("-")) {
                    String[] ends = range.split("-", 2);
                    from = value(ends[0], names, nameBase);
                    to = value(ends[1], names, nameBase);
                } else {
                    from = value(range, names, nameBase);
                    to = slash >= 0 ? max : from;
                }
                if (from < min || to > max || from > to || step < 1) {
                    throw new IllegalArgumentException("cron field out of range: " + text);
                }
                for (int v = from; v <= to; v += step) {
                    bits.set(v);
                }
            }
            return bits;
        }

        private static int value(String text, String[] names, int nameBase) {
            if (names != null) {
                String upper = text.toUpperCase(Locale.ROOT);
                for (int i = 0; i < names.length; i++) {
                    if (names[i].equals(upper)) {
                        return i + nameBase;
                    }
                }
            }
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("cron field not supported here: " + text);
            }
        }
    }
}
