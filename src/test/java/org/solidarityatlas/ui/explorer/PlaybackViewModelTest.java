package org.solidarityatlas.ui.explorer;

import org.solidarityatlas.testing.Datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.model.EntityType;

class PlaybackViewModelTest {

    /** A clock the test advances by hand. */
    private static final class HandClock implements PlaybackClock {
        Runnable tick;
        Duration period;

        @Override
        public void start(Duration newPeriod, Runnable newTick) {
            period = newPeriod;
            tick = newTick;
        }

        @Override
        public void stop() {
            tick = null;
        }

        void advance() {
            if (tick != null) {
                tick.run();
            }
        }
    }

    private FilterViewModel filters;
    private HandClock clock;
    private PlaybackViewModel playback;

    @BeforeEach
    void setUp() {
        filters = new FilterViewModel();
        filters.load(new Datasets()
                .entity("a", EntityType.UNION, "A", "1990", "1991")
                .entity("b", EntityType.UNION, "B", "1995", "1996")
                .entity("c", EntityType.UNION, "C", "1999", "2000")
                .loaded());
        clock = new HandClock();
        playback = new PlaybackViewModel(filters, clock);
    }

    @Test
    void playNarrowsTheWindowToItsWidthFromTheStart() {
        playback.play();

        assertTrue(playback.isPlaying());
        assertEquals("1990–1992", playback.yearText());
    }

    @Test
    void eachTickSlidesTheWindowByOneYear() {
        playback.play();

        clock.advance();
        clock.advance();

        assertEquals(1992, filters.window().firstYear());
        assertEquals(1994, filters.window().lastYear());
        assertEquals("1992–1994", playback.yearText());
    }

    @Test
    void playbackChangesWhatIsVisible() {
        playback.play();
        assertEquals(Set.of("a"), filters.visible().entityIds());

        for (int i = 0; i < 4; i++) {
            clock.advance();
        }

        assertEquals(Set.of("b"), filters.visible().entityIds());
    }

    @Test
    void playbackPausesWhenTheWindowReachesTheEnd() {
        playback.play();

        for (int i = 0; i < 8; i++) {
            clock.advance();
        }

        assertFalse(playback.isPlaying());
        assertEquals("1998–2000", playback.yearText());
        assertEquals(null, clock.tick);
    }

    @Test
    void playingAgainAtTheEndStartsOver() {
        filters.setWindow(1998, 2000);

        playback.play();

        assertEquals("1990–1992", playback.yearText());
    }

    @Test
    void widthSetsHowManyYearsTheWindowCovers() {
        playback.widthProperty().set(5);

        playback.play();

        assertEquals("1990–1994", playback.yearText());
    }

    @Test
    void speedSetsTheTickPeriod() {
        playback.speedProperty().set(4);

        playback.play();

        assertEquals(Duration.ofMillis(250), clock.period);
    }

    @Test
    void togglePausesAndResumesFromTheCurrentWindow() {
        playback.play();
        clock.advance();

        playback.togglePlaying();
        assertFalse(playback.isPlaying());
        playback.togglePlaying();

        assertTrue(playback.isPlaying());
        assertEquals("1991–1993", playback.yearText());
    }
}
