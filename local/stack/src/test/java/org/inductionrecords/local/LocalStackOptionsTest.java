package org.inductionrecords.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LocalStackOptionsTest {

    @Test
    void defaultsAreTheContractPorts() {
        LocalStackOptions options = LocalStackOptions.parse();
        assertEquals(Path.of(".local"), options.dataDir());
        assertEquals(3000, options.apiPort());
        assertEquals(3001, options.lambdaPort());
        assertEquals(8000, options.dynamoDbPort());
        assertEquals(9000, options.s3Port());
        assertEquals(9229, options.cognitoPort());
        assertEquals(8005, options.sesPort(), "the local mailbox (CONTRACT.md section 8)");
        assertEquals(8123, LocalStackOptions.parse("--ses-port", "8123").sesPort());
        assertEquals("induction-local", options.stackName());
        assertEquals("127.0.0.1", options.listen().literal());
        assertTrue(options.listen().loopback());
        assertFalse(options.demo(), "no demo data unless asked for");
    }

    @Test
    void hostMovesEveryServerToThatAddress() {
        // given --host with an address of every interface, and with a name for loopback
        LocalStackOptions everywhere = LocalStackOptions.parse("--host", "0.0.0.0");
        LocalStackOptions byName = LocalStackOptions.parse("--host", "localhost");

        // then the first is not loopback (the stack will warn), the second is, and both keep localhost in URLs
        assertEquals("0.0.0.0", everywhere.listen().literal());
        assertFalse(everywhere.listen().loopback());
        assertEquals("http://localhost:3000", everywhere.listen().url(3000).toString());
        assertTrue(byName.listen().loopback());
        assertEquals("http://localhost:3000", byName.listen().url(3000).toString());
        // and another address is named as it is in URLs, IPv6 in brackets
        assertEquals("http://192.0.2.10:3000", LocalStackOptions.parse("--host", "192.0.2.10").listen().url(3000)
                .toString());
        assertEquals("http://[0:0:0:0:0:0:0:1]:3000", LocalStackOptions.parse("--host", "::1").listen().url(3000)
                .toString());
    }

    @Test
    void theWarningForAnAddressBeyondLoopbackSaysWhatItExposes() {
        String warning = LocalStack.exposure(LocalStackOptions.parse("--host", "0.0.0.0").listen());
        assertTrue(warning.contains("0.0.0.0") && warning.contains("not a loopback address"), warning);
        assertTrue(warning.contains("development data only"), warning);
    }

    @Test
    void parsesEveryOption() {
        LocalStackOptions options = LocalStackOptions.parse("--data-dir", "/tmp/x", "--admin-email", "a@b.c",
                "--admin-password", "P", "--no-schedules", "--api-port", "4000", "--stack-name", "s", "--demo");
        assertEquals(Path.of("/tmp/x"), options.dataDir());
        assertTrue(options.demo());
        assertEquals("a@b.c", options.adminEmail());
        assertFalse(options.schedules());
        assertEquals(4000, options.apiPort());
        assertEquals("s", options.stackName());
        assertNull(LocalStackOptions.parse("--help"));
    }

    @Test
    void refusesWhatItCannotUse() {
        assertThrows(LocalStackOptions.UsageException.class, () -> LocalStackOptions.parse("--api-port", "x"));
        assertThrows(LocalStackOptions.UsageException.class, () -> LocalStackOptions.parse("--bogus"));
        assertThrows(LocalStackOptions.UsageException.class, () -> LocalStackOptions.parse("--admin-email", "a@b.c"));
        assertThrows(LocalStackOptions.UsageException.class, () -> LocalStackOptions.parse("--data-dir"));
        assertThrows(LocalStackOptions.UsageException.class, () -> LocalStackOptions.parse("--host"));
        assertThrows(LocalStackOptions.UsageException.class, () -> LocalStackOptions.parse("--host", "300.1.1.1"));
    }
}
