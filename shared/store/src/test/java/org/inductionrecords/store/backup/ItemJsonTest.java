package org.inductionrecords.store.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inductionrecords.json.Json;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ItemJsonTest {

    private static Map<String, AttributeValue> roundTrip(Map<String, AttributeValue> item) {
        byte[] line = ItemJson.line(item);
        return ItemJson.item(Json.tree(new String(line, StandardCharsets.UTF_8)));
    }

    private static void assertRoundTrips(AttributeValue value) {
        Map<String, AttributeValue> item = Map.of("a", value);
        assertEquals(item, roundTrip(item));
    }

    @Test
    void stringSurvivesIncludingUnicodeEscapesAndEmpty() {
        assertRoundTrips(AttributeValue.fromS("Siân Ó Fearghail — 🍎 \"quoted\" \\ \n tab\t"));
        assertRoundTrips(AttributeValue.fromS(""));
    }

    @Test
    void numberKeepsItsExactDecimalText() {
        assertRoundTrips(AttributeValue.fromN("0.5"));
        assertRoundTrips(AttributeValue.fromN("-12345678901234567890123456789012345678"));
        assertRoundTrips(AttributeValue.fromN("1E+5"));
    }

    @Test
    void binarySurvivesAsBase64() {
        assertRoundTrips(AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, 1, -1, 127, -128})));
    }

    @Test
    void booleansAndNullSurvive() {
        assertRoundTrips(AttributeValue.fromBool(true));
        assertRoundTrips(AttributeValue.fromBool(false));
        assertRoundTrips(AttributeValue.fromNul(true));
    }

    @Test
    void setsSurvive() {
        assertRoundTrips(AttributeValue.fromSs(List.of("x", "ÿ", "z")));
        assertRoundTrips(AttributeValue.fromNs(List.of("1", "2.5", "-3")));
        assertRoundTrips(AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("a"), SdkBytes.fromUtf8String("é"))));
    }

    @Test
    void nestedMapsAndListsSurviveIncludingEmptyOnes() {
        Map<String, AttributeValue> inner = new LinkedHashMap<>();
        inner.put("n", AttributeValue.fromN("3"));
        inner.put("l", AttributeValue.fromL(List.of(AttributeValue.fromS("x"), AttributeValue.fromNul(true),
                AttributeValue.fromM(Map.of("deep", AttributeValue.fromBool(false))))));
        inner.put("emptyMap", AttributeValue.fromM(Map.of()));
        inner.put("emptyList", AttributeValue.fromL(List.of()));
        assertRoundTrips(AttributeValue.fromM(inner));
    }

    @Test
    void lineIsTheDynamoDbExportFormatOnOneLine() {
        byte[] line = ItemJson.line(Map.of("pk", AttributeValue.fromS("SCHOOL#1"), "fte", AttributeValue.fromN("1")));
        String text = new String(line, StandardCharsets.UTF_8);
        assertEquals('\n', text.charAt(text.length() - 1));
        assertEquals(1, text.lines().count());
        assertEquals(Json.tree("{\"Item\":{\"pk\":{\"S\":\"SCHOOL#1\"},\"fte\":{\"N\":\"1\"}}}"), Json.tree(text));
    }

    @Test
    void readingRefusesAnythingButTheExportFormat() {
        assertThrows(IllegalArgumentException.class, () -> ItemJson.item(Json.tree("{\"pk\":{\"S\":\"x\"}}")));
        assertThrows(IllegalArgumentException.class,
                () -> ItemJson.item(Json.tree("{\"Item\":{\"pk\":{\"X\":\"x\"}}}")));
        assertThrows(IllegalArgumentException.class,
                () -> ItemJson.item(Json.tree("{\"Item\":{\"pk\":{\"S\":\"x\",\"N\":\"1\"}}}")));
        assertThrows(IllegalArgumentException.class, () -> ItemJson.item(Json.tree("{\"Item\":{\"pk\":{\"N\":1}}}")));
        assertThrows(IllegalArgumentException.class,
                () -> ItemJson.item(Json.tree("{\"Item\":{\"pk\":{\"NULL\":false}}}")));
    }
}
