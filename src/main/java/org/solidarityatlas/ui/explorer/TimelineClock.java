package org.solidarityatlas.ui.explorer;

import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

/** The playback clock of the window: a JavaFX Timeline, so ticks arrive on the JavaFX thread. */
public final class TimelineClock implements PlaybackClock {

    private Timeline timeline;

    @Override
    public void start(Duration period, Runnable tick) {
        stop();
        timeline = new Timeline(new KeyFrame(javafx.util.Duration.millis(period.toMillis()), e -> tick.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
    }

    @Override
    public void stop() {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
        }
    }
}
