package org.inductionrecords.core.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.inductionrecords.core.error.FieldError;
import org.inductionrecords.core.error.InvalidInput;
import org.inductionrecords.json.Json;

/**
 * Reads a JSON request body field by field and collects every problem with its field name, so that
 * one 400 answer lists them all. Call {@link #done()} before using any value read: a value read
 * from a field with a problem is null.
 */
public final class RequestBody {

    public static final int MAX_TEXT = 10_000;
    public static final int MAX_NAME = 100;

    private final JsonNode node;
    private final String prefix;
    private final List<FieldError> errors;

    private RequestBody(JsonNode node, String prefix, List<FieldError> errors) {
        this.node = node;
        this.prefix = prefix;
        this.errors = errors;
    }

    /** A body that must be a JSON object. */
    public static RequestBody parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInput.of("body", "is required");
        }
        JsonNode parsed;
        try {
            parsed = Json.mapper().readTree(raw);
        } catch (JsonProcessingException e) {
            throw InvalidInput.of("body", "is not valid JSON");
        }
        if (parsed == null || !parsed.isObject()) {
            throw InvalidInput.of("body", "must be a JSON object");
        }
        return new RequestBody(parsed, "", new ArrayList<>());
    }

    /** A body that may be absent (then it reads as an empty object). */
    public static RequestBody parseOptional(String raw) {
        if (raw == null || raw.isBlank()) {
            return new RequestBody(Json.mapper().createObjectNode(), "", new ArrayList<>());
        }
        return parse(raw);
    }

    /** Throws one InvalidInput listing every problem found so far. */
    public void done() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    public boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    public void reject(String field, String message) {
        errors.add(new FieldError(prefix + field, message));
    }

    /** Records a problem when the condition does not hold; answers the condition. */
    public boolean check(boolean condition, String field, String message) {
        if (!condition) {
            reject(field, message);
        }
        return condition;
    }

    // ---------------------------------------------------------------- text

    public Optional<String> text(String field, int maxLength) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            reject(field, "must be a string");
            return Optional.empty();
        }
        String text = value.textValue();
        if (text.codePointCount(0, text.length()) > maxLength) {
            reject(field, "must be at most " + maxLength + " characters");
            return Optional.empty();
        }
        if (Text.hasForbiddenControl(text)) {
            reject(field, "must not contain control characters");
            return Optional.empty();
        }
        if (!Text.isWellFormedUnicode(text)) {
            reject(field, "must be valid Unicode text");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    public String requiredText(String field, int maxLength) {
        if (!has(field)) {
            reject(field, "is required");
            return null;
        }
        Optional<String> text = text(field, maxLength);
        if (text.isPresent() && text.get().isBlank()) {
            reject(field, "must not be blank");
            return null;
        }
        return text.orElse(null);
    }

    /** A person's name: required, at most 100 characters, one line, trimmed. */
    public String name(String field) {
        String text = requiredText(field, MAX_NAME);
        if (text == null) {
            return null;
        }
        if (text.indexOf('\n') >= 0 || text.indexOf('\t') >= 0) {
            reject(field, "must be a single line");
            return null;
        }
        return text.strip();
    }

    public String matching(String field, Pattern pattern, String message) {
        String text = requiredText(field, MAX_NAME * 3);
        if (text == null) {
            return null;
        }
        if (!pattern.matcher(text).matches()) {
            reject(field, message);
            return null;
        }
        return text;
    }

    public Optional<String> optionalMatching(String field, Pattern pattern, String message) {
        if (!has(field)) {
            return Optional.empty();
        }
        return Optional.ofNullable(matching(field, pattern, message));
    }

    public String email(String field) {
        String email = matching(field, Text.EMAIL, "must be an email address");
        return email == null ? null : Text.normaliseEmail(email);
    }

    public Optional<String> optionalEmail(String field) {
        return has(field) ? Optional.ofNullable(email(field)) : Optional.empty();
    }

    // ---------------------------------------------------------------- enums, dates, numbers

    public <E extends Enum<E>> Optional<E> optionalEnum(String field, Class<E> type) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode value = node.get(field);
        if (!value.isTextual()) {
            reject(field, "must be one of " + names(type));
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.textValue())) {
                return Optional.of(constant);
            }
        }
        reject(field, "must be one of " + names(type));
        return Optional.empty();
    }

    public <E extends Enum<E>> E requiredEnum(String field, Class<E> type) {
        if (!has(field)) {
            reject(field, "is required");
            return null;
        }
        return optionalEnum(field, type).orElse(null);
    }

    public Optional<LocalDate> optionalDate(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode value = node.get(field);
        Optional<LocalDate> date = value.isTextual() ? Text.isoDate(value.textValue()) : Optional.empty();
        if (date.isEmpty()) {
            reject(field, "must be a real date as YYYY-MM-DD");
        }
        return date;
    }

    public LocalDate requiredDate(String field) {
        if (!has(field)) {
            reject(field, "is required");
            return null;
        }
        return optionalDate(field).orElse(null);
    }

    public Optional<Integer> optionalInt(String field, int min, int max) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode value = node.get(field);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            reject(field, "must be a whole number");
            return Optional.empty();
        }
        int number = value.intValue();
        if (number < min || number > max) {
            reject(field, "must be from " + min + " to " + max);
            return Optional.empty();
        }
        return Optional.of(number);
    }

    public Integer requiredInt(String field, int min, int max) {
        if (!has(field)) {
            reject(field, "is required");
            return null;
        }
        return optionalInt(field, min, max).orElse(null);
    }

    public Optional<BigDecimal> optionalDecimal(String field, BigDecimal min, BigDecimal max) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode value = node.get(field);
        if (!value.isNumber()) {
            reject(field, "must be a number");
            return Optional.empty();
        }
        BigDecimal number;
        try {
            number = value.decimalValue();
        } catch (NumberFormatException beyondDouble) {
            // 1e999 parses as an infinite double, which has no decimal value: out of any range.
            number = null;
        }
        if (number == null || number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            reject(field, "must be from " + min.toPlainString() + " to " + max.toPlainString());
            return Optional.empty();
        }
        return Optional.of(number.stripTrailingZeros());
    }

    public BigDecimal requiredDecimal(String field, BigDecimal min, BigDecimal max) {
        if (!has(field)) {
            reject(field, "is required");
            return null;
        }
        return optionalDecimal(field, min, max).orElse(null);
    }

    public Optional<Boolean> optionalBoolean(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode value = node.get(field);
        if (!value.isBoolean()) {
            reject(field, "must be true or false");
            return Optional.empty();
        }
        return Optional.of(value.booleanValue());
    }

    public Boolean requiredBoolean(String field) {
        if (!has(field)) {
            reject(field, "is required");
            return null;
        }
        return optionalBoolean(field).orElse(null);
    }

    // ---------------------------------------------------------------- nested objects

    /** A nested object whose problems are reported as {@code field.child}. */
    public Optional<RequestBody> optionalObject(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode value = node.get(field);
        if (!value.isObject()) {
            reject(field, "must be an object");
            return Optional.empty();
        }
        return Optional.of(new RequestBody(value, prefix + field + ".", errors));
    }

    public RequestBody requiredObject(String field) {
        if (!has(field)) {
            reject(field, "is required");
            return null;
        }
        return optionalObject(field).orElse(null);
    }

    /**
     * A list of objects, from {@code min} to {@code max} of them, each one's problems reported as
     * {@code field[i].child}; empty (with the problem recorded) when it is not such a list.
     */
    public List<RequestBody> objects(String field, int min, int max) {
        if (!has(field)) {
            reject(field, "is required");
            return List.of();
        }
        JsonNode value = node.get(field);
        if (!value.isArray() || value.size() < min || value.size() > max) {
            reject(field, min == max ? "must be a list of " + min + " objects" : "must be a list of " + min + " to " + max + " objects");
            return List.of();
        }
        List<RequestBody> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isObject()) {
                reject(field + "[" + i + "]", "must be an object");
            } else {
                items.add(new RequestBody(value.get(i), prefix + field + "[" + i + "].", errors));
            }
        }
        return items.size() == value.size() ? items : List.of();
    }

    /** The names of the fields present, in document order. */
    public List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        Iterator<String> it = ((ObjectNode) node).fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        StringBuilder out = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            out.append(out.isEmpty() ? "" : ", ").append(constant.name());
        }
        return out.toString();
    }
}
