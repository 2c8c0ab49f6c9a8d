package org.inductionrecords.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.inductionrecords.core.error.UnsupportedMediaType;
import org.inductionrecords.testing.ApiGatewayEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiRequestTest {

    private static ApiRequest withBody(String contentType, String body) {
        return new ApiRequest(ApiGatewayEvent.request("POST", "/schools").header("content-type", contentType).body(body)
                .build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=utf-8", "Application/JSON;charset=UTF-8"})
    void acceptsJsonWithOrWithoutParameters(String contentType) {
        // when a JSON body is declared as JSON, then it is read
        assertEquals(java.util.List.of("urn"), withBody(contentType, "{\"urn\":\"123456\"}").body().fieldNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/jsonp", "application/json-seq", "text/plain", "application/x-www-form-urlencoded", ""})
    void refusesBodiesNotDeclaredAsJson(String contentType) {
        // given a body declared as something other than JSON, when read, then 415
        assertThrows(UnsupportedMediaType.class, () -> withBody(contentType, "{\"urn\":\"123456\"}").body());
    }
}
