package org.solidarityatlas.ui.explorer;

import java.time.Duration;

/** Calls a tick at a steady pace on the JavaFX thread; tests drive their own clock by hand. */
public interface PlaybackClock {

    /** Starts ticking every {@code period}, replacing any earlier schedule. */
    void start(Duration period, Runnable tick);

    void stop();
}
