package org.inductionrecords.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238 appendix B's SHA-1 secret, "12345678901234567890", in base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @ParameterizedTest(name = "at {0}: {1}")
    @CsvSource({
            // RFC 6238 appendix B (SHA1), the last six of its eight digits
            "59, 287082",
            "1111111109, 081804",
            "1111111111, 050471",
            "1234567890, 005924",
            "2000000000, 279037",
            "20000000000, 353130"})
    void givenTheRfcSecret_whenAskedAtTheRfcTimes_thenTheRfcCodes(long epochSecond, String expected) {
        assertEquals(expected, Totp.code(RFC_SECRET, Instant.ofEpochSecond(epochSecond)));
    }

    @Test
    void givenOneSecret_whenTheThirtySecondStepChanges_thenTheCodeChanges() {
        assertEquals(Totp.code(RFC_SECRET, Instant.ofEpochSecond(30)), Totp.code(RFC_SECRET, Instant.ofEpochSecond(59)));
        assertNotEquals(Totp.code(RFC_SECRET, Instant.ofEpochSecond(59)), Totp.code(RFC_SECRET, Instant.ofEpochSecond(60)));
    }

    @Test
    void givenLowerCaseAndPadding_whenDecoded_thenTheSameKey() {
        assertEquals(Totp.code(RFC_SECRET, Instant.ofEpochSecond(59)),
                Totp.code(RFC_SECRET.toLowerCase() + "====", Instant.ofEpochSecond(59)));
    }
}
