package org.solidarityatlas.ui.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class EncodingLineTest {

    @Test
    void picturesAreWrittenInTheOrderTheyWereDrawn() throws IOException {
        List<Integer> written = new CopyOnWriteArrayList<>();
        try (EncodingLine line = new EncodingLine()) {
            for (int picture = 1; picture <= 6; picture++) {
                int number = picture;
                line.submit(() -> {
                    // The first pictures take longest, so a line that ran them side by side would reorder them.
                    Thread.sleep(10L * (6 - number));
                    written.add(number);
                });
            }
            line.finish();
        }
        assertEquals(List.of(1, 2, 3, 4, 5, 6), written);
    }

    @Test
    void aFailedPictureIsReportedAndNothingAfterItIsWritten() throws IOException {
        List<Integer> written = new CopyOnWriteArrayList<>();
        try (EncodingLine line = new EncodingLine()) {
            line.submit(() -> written.add(1));
            line.submit(() -> {
                throw new IOException("disk full");
            });
            IOException failure = assertThrows(IOException.class, () -> {
                for (int picture = 3; picture <= 10; picture++) {
                    int number = picture;
                    line.submit(() -> written.add(number));
                }
                line.finish();
            });
            assertEquals("disk full", failure.getMessage());
        }
        assertEquals(List.of(1), written);
    }
}
