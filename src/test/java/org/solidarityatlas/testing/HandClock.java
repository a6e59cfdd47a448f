package org.solidarityatlas.testing;

import java.time.Duration;
import org.solidarityatlas.ui.explorer.PlaybackClock;

/** A playback clock the test advances by hand, so playback is checked without waiting on time. */
public final class HandClock implements PlaybackClock {

    private Runnable tick;

    @Override
    public void start(Duration period, Runnable newTick) {
        tick = newTick;
    }

    @Override
    public void stop() {
        tick = null;
    }

    public boolean running() {
        return tick != null;
    }

    public void advance() {
        if (tick != null) {
            tick.run();
        }
    }
}
