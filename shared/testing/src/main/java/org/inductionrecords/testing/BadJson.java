package org.inductionrecords.testing;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of request bodies that are wrong by construction: a valid body of a route, described field by
 * field, mutated so that the contract makes it a 400 (or another 4xx) - a required field dropped, a wrong JSON
 * type, text too long or holding control characters or half a surrogate pair, an enum, date or pattern broken
 * (also with astral or non-ASCII digits), numbers out of range or beyond a double, deep nesting, a duplicated
 * key whose last value is bad - or a body that is not a JSON object at all. Never a mutation the contract
 * allows (astral letters in a name are valid, so they go only where they break an enum, date or pattern).
 */
public final class BadJson {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final ObjectMapper ASCII = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final String RAW = "\u0000raw:";

    public enum Kind { TEXT, NAME, EMAIL, PATTERN, ENUM, DATE, INT, DECIMAL, BOOLEAN, OBJECT }

    /** A field of a route's body: its path (nested objects by name), kind, whether required, its limit. */
    public record Field(List<String> path, Kind kind, boolean required, int maxLength) {
        public static Field of(String dottedPath, Kind kind, boolean required, int maxLength) {
            return new Field(List.of(dottedPath.split("\\.")), kind, required, maxLength);
        }

        public String name() {
            return String.join(".", path);
        }
    }

    /** One generated input: the raw body and what was done to it (for statistics and failure reports). */
    public record Input(String body, String mutation) {
        @Override
        public String toString() {
            return mutation + " -> " + (body.length() > 300 ? body.substring(0, 300) + "... (" + body.length()
                    + " chars)" : body);
        }
    }

    private BadJson() {
    }

    /** Bad bodies for a route whose valid body is {@code valid} with these fields. */
    public static Arbitrary<Input> mutationsOf(ObjectNode valid, List<Field> fields) {
        boolean anyRequired = fields.stream().anyMatch(Field::required);
        List<Arbitrary<Input>> choices = new ArrayList<>();
        choices.add(notAnObject(valid, anyRequired));
        for (Field field : fields) {
            choices.add(badValue(field).map(bad -> set(valid, field, bad)));
            if (field.required()) {
                choices.add(Arbitraries.just(drop(valid, field)));
            }
            if (field.path().size() == 1) {
                choices.add(badValue(field).map(bad -> duplicate(valid, field, bad)));
            }
        }
        return Arbitraries.oneOf(choices);
    }

    /** A wrong value for the field, with a label; a String starting with RAW is inserted as raw JSON. */
    private record Bad(Object value, String label) {
    }

    private static Arbitrary<Bad> badValue(Field field) {
        List<Arbitrary<Bad>> choices = new ArrayList<>();
        choices.add(wrongType(field));
        choices.add(deepNesting());
        switch (field.kind()) {
            case TEXT, NAME, EMAIL, PATTERN, ENUM, DATE -> {
                choices.add(oversize(field));
                choices.add(withCharacter(field, controlCharacters(field), "control character"));
                choices.add(withCharacter(field, halfSurrogates(), "half surrogate"));
                if (field.kind() != Kind.TEXT && field.kind() != Kind.NAME) {
                    choices.add(withCharacter(field, astral(), "astral character"));
                    choices.add(brokenFormat(field));
                }
                if (field.kind() == Kind.NAME) {
                    choices.add(Arbitraries.of("", " ", "\t", "  \n ").map(v -> new Bad(v, "blank name")));
                }
            }
            case INT, DECIMAL -> choices.add(Arbitraries.of("1e999", "-1e999", "1e400",
                    "123456789012345678901234567890123456789", "-99999999999", "99999999999", "-1")
                    .map(v -> new Bad(RAW + v, "number out of range")));
            default -> {
            }
        }
        return Arbitraries.oneOf(choices);
    }

    private static Arbitrary<Bad> wrongType(Field field) {
        List<Object> values = new ArrayList<>(List.of(List.of(), List.of("x"), PLAIN.createObjectNode()));
        switch (field.kind()) {
            case INT, DECIMAL -> values.addAll(List.of("2", "one", true, RAW + "[1]"));
            case BOOLEAN -> values.addAll(List.of("true", 1, 0, "yes"));
            case OBJECT -> values.addAll(List.of("x", 1, true));
            default -> values.addAll(List.of(7, -1.5, true, false, RAW + "1e999"));
        }
        if (field.kind() != Kind.OBJECT) {
            values.add(PLAIN.createObjectNode().put("x", "y"));
        }
        if (field.required()) {
            values.add(RAW + "null");
        }
        return Arbitraries.of(values).map(v -> new Bad(v, "wrong type"));
    }

    private static Arbitrary<Bad> deepNesting() {
        return Arbitraries.of(3, 100, 2_000, 100_000).map(depth ->
                new Bad(RAW + "[".repeat(depth) + "]".repeat(depth), "nested " + depth + " deep"));
    }

    private static Arbitrary<Bad> oversize(Field field) {
        return Arbitraries.of(field.maxLength() + 1, field.maxLength() * 2 + 7, 200_000).flatMap(length ->
                Arbitraries.strings().withCharRange('a', 'z').ofLength(length)
                        .map(text -> new Bad(text, "oversize " + length)));
    }

    private static Arbitrary<Character> controlCharacters(Field field) {
        // newline and tab are allowed in free text; a name or any formatted value is one line
        String names = "\u0000\u0001\u0007\u0008\u000b\u000c\r\u001b\u001f\u007f\u0085\u009f\u2028\u2029";
        return Arbitraries.of((field.kind() == Kind.TEXT ? names : names + "\n\t").chars()
                .mapToObj(c -> (char) c).toList());
    }

    private static Arbitrary<String> halfSurrogates() {
        return Arbitraries.of("\ud800", "\udbff", "\udc00", "\udfff", "\ud83d", "\ude00x");
    }

    private static Arbitrary<String> astral() {
        return Arbitraries.of("\ud83d\ude00", "\ud835\udc9c", "\ud840\udc00", "\ud83c\udff4");
    }

    /** A valid-looking value of the field with {@code inserted} at some position. */
    private static Arbitrary<Bad> withCharacter(Field field, Arbitrary<?> inserted, String label) {
        return Combinators.combine(Arbitraries.of(sampleOf(field)), inserted, Arbitraries.integers().between(0, 100))
                .as((sample, character, at) -> {
                    int position = Math.min(at, sample.length());
                    return new Bad(sample.substring(0, position) + character + sample.substring(position), label);
                });
    }

    private static List<String> sampleOf(Field field) {
        return switch (field.kind()) {
            case EMAIL -> List.of("someone@example.org");
            case DATE -> List.of("2022-01-10");
            case PATTERN -> List.of("1234567", "123456", "abc-123");
            case ENUM -> List.of("NQT", "TERMLY", "PASSED", "HEADTEACHER");
            default -> List.of("Ordinary text", "Ann");
        };
    }

    private static Arbitrary<Bad> brokenFormat(Field field) {
        List<String> values = switch (field.kind()) {
            case DATE -> List.of("2023-02-29", "2024-02-30", "2024-13-01", "2024-00-10", "2024-04-31", "0000-00-00",
                    "2024-1-01", "24-01-01", "+10000-01-01", "2024-01-01T00:00:00Z", "2024/01/01", "01/02/2024",
                    "\u0662\u0660\u0662\u0664-\u0660\u0661-\u0660\u0661", "2024-01-01 ", " 2024-01-01", "today", "");
            case EMAIL -> List.of("", "plain", "@example.org", "a@", "a@@example.org", "a b@example.org",
                    "a@example", "a@example.org\n", "<a@example.org>", "a@example.org,b@example.org");
            case PATTERN -> List.of("", "12345", "12345678", "12a456", "\u0661\u0662\u0663\u0664\u0665\u0666",
                    "\uff11\uff12\uff13\uff14\uff15\uff16", "123 456", " 123456", "1234567 ", "-1", "#SCHOOL",
                    "a".repeat(65), "a/b", "a b");
            case ENUM -> List.of("", " ", "nqt", "Termly", "UNKNOWN", "PASSED ", "NQT\u0000", "0", "TS1");
            default -> List.of("");
        };
        return Arbitraries.of(values).map(v -> new Bad(v, "broken " + field.kind().name().toLowerCase()));
    }

    /** Bodies that are not a JSON object, or not JSON at all. */
    private static Arbitrary<Input> notAnObject(ObjectNode valid, boolean anyRequired) {
        String json = write(valid, false);
        List<String> bodies = new ArrayList<>(List.of("null", "[]", "[" + json + "]", "42", "\"text\"", "true",
                "{", "}", "{\"a\":", "{'single':'quotes'}", json + "}", json + " trailing", json + json,
                "{\"a\":1,}", "\ufeff" + json.replace("{", "{{"), "[".repeat(100_000) + "]".repeat(100_000),
                "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000), "NaN", "\u0000", "<xml/>", "a=1&b=2"));
        if (anyRequired) {
            bodies.addAll(List.of("{}", "", " "));
        }
        return Arbitraries.oneOf(Arbitraries.of(bodies).map(b -> new Input(b, "not an object")),
                Arbitraries.integers().between(1, Math.max(1, json.length() - 1))
                        .map(cut -> new Input(json.substring(0, cut), "truncated")));
    }

    private static Input set(ObjectNode valid, Field field, Bad bad) {
        ObjectNode copy = valid.deepCopy();
        ObjectNode parent = parentOf(copy, field);
        String key = field.path().get(field.path().size() - 1);
        List<String> raws = new ArrayList<>();
        parent.set(key, node(bad.value(), raws));
        // half the values travel with non-ASCII escaped (\\ud800), half raw, as clients send either
        boolean escaped = (bad.value().hashCode() & 1) == 0;
        return new Input(withRaws(write(copy, escaped), raws), bad.label() + " in " + field.name()
                + (escaped ? " (escaped)" : ""));
    }

    private static Input drop(ObjectNode valid, Field field) {
        ObjectNode copy = valid.deepCopy();
        parentOf(copy, field).remove(field.path().get(field.path().size() - 1));
        return new Input(write(copy, false), "missing " + field.name());
    }

    /** The valid body with the field repeated at the end holding a bad value (JSON's last key wins). */
    private static Input duplicate(ObjectNode valid, Field field, Bad bad) {
        List<String> raws = new ArrayList<>();
        String json = write(valid, false);
        String extra = ",\"" + field.name() + "\":" + write(node(bad.value(), raws), false);
        return new Input(withRaws(json.substring(0, json.length() - 1) + extra + "}", raws),
                "duplicated " + field.name() + " (" + bad.label() + ")");
    }

    private static ObjectNode parentOf(ObjectNode root, Field field) {
        ObjectNode parent = root;
        for (String step : field.path().subList(0, field.path().size() - 1)) {
            parent = (ObjectNode) parent.get(step);
        }
        return parent;
    }

    private static JsonNode node(Object value, List<String> raws) {
        if (value instanceof String s && s.startsWith(RAW)) {
            raws.add(s.substring(RAW.length()));
            return TextNode.valueOf(RAW + (raws.size() - 1));
        }
        return PLAIN.valueToTree(value);
    }

    private static String withRaws(String json, List<String> raws) {
        String result = json;
        for (int i = 0; i < raws.size(); i++) {
            result = result.replace("\"\\u0000raw:" + i + "\"", raws.get(i));
        }
        return result;
    }

    /** JSON text; non-ASCII either raw or escaped as \\uXXXX (how a lone surrogate can travel in JSON). */
    private static String write(JsonNode node, boolean escapeNonAscii) {
        try {
            return (escapeNonAscii ? ASCII : PLAIN).writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
