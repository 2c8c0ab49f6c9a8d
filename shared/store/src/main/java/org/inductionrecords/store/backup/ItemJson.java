package org.inductionrecords.store.backup;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inductionrecords.json.Json;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One item as one line of DynamoDB's attribute-value JSON, wrapped as {@code {"Item":{...}}}: the same
 * line format as DynamoDB's own export to S3, so a backup can also be loaded with DynamoDB's import from
 * S3 should this code ever be unavailable. Written by hand against the one mapper, because the SDK's
 * model objects are not Jackson beans and every type must survive the round trip exactly.
 */
public final class ItemJson {

    private static final String ITEM = "Item";

    private ItemJson() {
    }

    /** The item as one line of UTF-8 JSON, newline included. */
    public static byte[] line(Map<String, AttributeValue> item) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator json = Json.generator(out)) {
            json.writeStartObject();
            json.writeFieldName(ITEM);
            writeMap(json, item);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** Reads one parsed line back into an item; refuses anything that is not the export format. */
    public static Map<String, AttributeValue> item(JsonNode line) {
        if (!(line instanceof ObjectNode) || !(line.get(ITEM) instanceof ObjectNode item) || line.size() != 1) {
            throw new IllegalArgumentException("A backup line must be {\"Item\":{...}}");
        }
        return readMap(item);
    }

    private static void writeMap(JsonGenerator json, Map<String, AttributeValue> map) throws IOException {
        json.writeStartObject();
        for (Map.Entry<String, AttributeValue> entry : map.entrySet()) {
            json.writeFieldName(entry.getKey());
            writeValue(json, entry.getValue());
        }
        json.writeEndObject();
    }

    private static void writeValue(JsonGenerator json, AttributeValue value) throws IOException {
        json.writeStartObject();
        switch (value.type()) {
            case S -> json.writeStringField("S", value.s());
            case N -> json.writeStringField("N", value.n());
            case B -> json.writeStringField("B", base64(value.b()));
            case BOOL -> json.writeBooleanField("BOOL", value.bool());
            case NUL -> json.writeBooleanField("NULL", true);
            case SS -> writeStrings(json, "SS", value.ss());
            case NS -> writeStrings(json, "NS", value.ns());
            case BS -> {
                json.writeArrayFieldStart("BS");
                for (SdkBytes bytes : value.bs()) {
                    json.writeString(base64(bytes));
                }
                json.writeEndArray();
            }
            case M -> {
                json.writeFieldName("M");
                writeMap(json, value.m());
            }
            case L -> {
                json.writeArrayFieldStart("L");
                for (AttributeValue element : value.l()) {
                    writeValue(json, element);
                }
                json.writeEndArray();
            }
            default -> throw new IllegalArgumentException("Unknown attribute type " + value.type());
        }
        json.writeEndObject();
    }

    private static void writeStrings(JsonGenerator json, String type, List<String> values) throws IOException {
        json.writeArrayFieldStart(type);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static Map<String, AttributeValue> readMap(JsonNode object) {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            map.put(field.getKey(), readValue(field.getValue()));
        }
        return map;
    }

    private static AttributeValue readValue(JsonNode node) {
        if (!node.isObject() || node.size() != 1) {
            throw new IllegalArgumentException("An attribute value must be an object with exactly one type");
        }
        Map.Entry<String, JsonNode> typed = node.fields().next();
        JsonNode body = typed.getValue();
        return switch (typed.getKey()) {
            case "S" -> AttributeValue.fromS(text(body));
            case "N" -> AttributeValue.fromN(text(body));
            case "B" -> AttributeValue.fromB(bytes(body));
            case "BOOL" -> AttributeValue.fromBool(bool(body));
            case "NULL" -> {
                if (!bool(body)) {
                    throw new IllegalArgumentException("NULL must be true");
                }
                yield AttributeValue.fromNul(true);
            }
            case "SS" -> AttributeValue.fromSs(texts(body));
            case "NS" -> AttributeValue.fromNs(texts(body));
            case "BS" -> AttributeValue.fromBs(array(body).stream().map(ItemJson::bytes).toList());
            case "M" -> {
                if (!body.isObject()) {
                    throw new IllegalArgumentException("M must be an object");
                }
                yield AttributeValue.fromM(readMap(body));
            }
            case "L" -> AttributeValue.fromL(array(body).stream().map(ItemJson::readValue).toList());
            default -> throw new IllegalArgumentException("Unknown attribute type " + typed.getKey());
        };
    }

    private static String text(JsonNode node) {
        if (!node.isTextual()) {
            throw new IllegalArgumentException("Expected a JSON string");
        }
        return node.textValue();
    }

    private static boolean bool(JsonNode node) {
        if (!node.isBoolean()) {
            throw new IllegalArgumentException("Expected a JSON boolean");
        }
        return node.booleanValue();
    }

    private static List<JsonNode> array(JsonNode node) {
        if (!node.isArray()) {
            throw new IllegalArgumentException("Expected a JSON array");
        }
        List<JsonNode> elements = new ArrayList<>(node.size());
        node.forEach(elements::add);
        return elements;
    }

    private static List<String> texts(JsonNode node) {
        return array(node).stream().map(ItemJson::text).toList();
    }

    private static SdkBytes bytes(JsonNode node) {
        return SdkBytes.fromByteArrayUnsafe(Base64.getDecoder().decode(text(node)));
    }

    private static String base64(SdkBytes bytes) {
        return Base64.getEncoder().encodeToString(bytes.asByteArrayUnsafe());
    }
}
