package org.inductionrecords.core.validation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.inductionrecords.core.error.InvalidInput;

/** Formats the system accepts, shared by bodies and path parameters. */
public final class Text {

    /** A school's Unique Reference Number. */
    public static final Pattern URN = Pattern.compile("\\d{6}");
    /** A teacher's Teacher Reference Number. */
    public static final Pattern TRN = Pattern.compile("\\d{7}");
    /** Pragmatic: one @, no spaces, a dot in the domain; at most 254 characters. */
    public static final Pattern EMAIL = Pattern.compile(
            "(?=.{3,254}$)[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    /** Ids the system issues: UUIDs, and the short deterministic ids of assessments. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private Text() {
    }

    /** Control characters other than newline and tab are refused everywhere. */
    public static boolean hasForbiddenControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((Character.isISOControl(c) && c != '\n' && c != '\t') || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /**
     * JSON lets a client escape half a surrogate pair ({@code "\ud800"}); such text has no UTF-8
     * form, so the table would store something other than was sent.
     */
    public static boolean isWellFormedUnicode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    public static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** A strict ISO date: 2023-02-30 is not a date. */
    public static Optional<LocalDate> isoDate(String text) {
        if (text == null || text.length() != 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text, ISO_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A path parameter that must match a format; a bad one is a 400 naming the parameter. */
    public static String pathParameter(String name, String value, Pattern format, String message) {
        if (value == null || !format.matcher(value).matches()) {
            throw InvalidInput.of(name, message);
        }
        return value;
    }

    /** A query flag: absent or {@code false} is false, {@code true} true, anything else 400 on the name. */
    public static boolean flag(String name, Optional<String> value) {
        if (value.isEmpty() || value.get().equals("false")) {
            return false;
        }
        if (value.get().equals("true")) {
            return true;
        }
        throw InvalidInput.of(name, "must be true or false");
    }

    public static String urn(String value) {
        return pathParameter("urn", value, URN, "must be a 6-digit URN");
    }

    public static String id(String name, String value) {
        return pathParameter(name, value, ID, "is not an id this system issues");
    }
}
