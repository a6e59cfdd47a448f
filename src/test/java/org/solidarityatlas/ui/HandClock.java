package org.solidarityatlas.ui;

import java.time.Duration;
import org.solidarityatlas.ui.explorer.PlaybackClock;

/** A playback clock the test advances by hand, so playback is checked without waiting on time. */
final class HandClock implements PlaybackClock {

    private Runnable tick;

    @Override
    public void start(Duration period, Runnable newTick) {
        tick = newTick;
    }

    @Override
    public void stop() {
        tick = null;
    }

    boolean running() {
        return tick != null;
    }

    void advance() {
        if (tick != null) {
            tick.run();
        }
    }
}
