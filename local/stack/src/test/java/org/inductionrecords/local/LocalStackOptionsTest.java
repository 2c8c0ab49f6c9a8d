package org.inductionrecords.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
        assertEquals("induction-local", options.stackName());
    }

    @Test
    void parsesEveryOption() {
        LocalStackOptions options = LocalStackOptions.parse("--data-dir", "/tmp/x", "--admin-email", "a@b.c",
                "--admin-password", "P", "--no-schedules", "--api-port", "4000", "--stack-name", "s");
        assertEquals(Path.of("/tmp/x"), options.dataDir());
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
    }
}
