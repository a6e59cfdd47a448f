package org.solidarityatlas.format;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever is wrong with the bytes, the reader answers with problems, never with an exception. */
class RobustnessTest {

    private static byte[] validBytes() throws IOException {
        return Files.readAllBytes(Fixtures.path("valid-dataset.json"));
    }

    private static ReadResult readBytes(byte[] bytes) {
        return assertDoesNotThrow(() -> new DatasetReader().read(new ByteArrayInputStream(bytes), "fuzz.json"));
    }

    @Test
    void everyTruncationOfAValidFileIsReportedAsAProblem() throws IOException {
        byte[] valid = validBytes();
        for (int length = 0; length < valid.length - 2; length++) {
            ReadResult result = readBytes(Arrays.copyOf(valid, length));
            assertFalse(result.isValid(), "truncated at " + length);
            assertFalse(result.errors().isEmpty(), "truncated at " + length);
        }
    }

    @Test
    void randomByteChangesNeverMakeTheReaderThrow() throws IOException {
        byte[] valid = validBytes();
        Random random = new Random(20261126L);
        for (int round = 0; round < 3000; round++) {
            byte[] changed = valid.clone();
            int changes = 1 + random.nextInt(4);
            for (int i = 0; i < changes; i++) {
                changed[random.nextInt(changed.length)] = (byte) random.nextInt(256);
            }
            ReadResult result = readBytes(changed);
            assertTrue(result.isValid() || !result.errors().isEmpty(), "an invalid result always names an error");
        }
    }
}
