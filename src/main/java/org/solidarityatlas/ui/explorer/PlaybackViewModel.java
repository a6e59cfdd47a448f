package org.solidarityatlas.ui.explorer;
import org.solidarityatlas.ui.text.DatesInWords;

import java.time.Duration;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * Plays the time window through the years: a window {@code width} years wide slides by one year per tick,
 * {@code speed} ticks per second, and pauses when it reaches the end of the dataset's span.
 */
public final class PlaybackViewModel {

    public static final int DEFAULT_WIDTH = 3;
    public static final double DEFAULT_SPEED = 1.0;

    private final FilterViewModel filters;
    private final PlaybackClock clock;
    private final IntegerProperty width = new SimpleIntegerProperty(DEFAULT_WIDTH);
    private final DoubleProperty speed = new SimpleDoubleProperty(DEFAULT_SPEED);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper yearText = new ReadOnlyStringWrapper("");

    public PlaybackViewModel(FilterViewModel filters, PlaybackClock clock) {
        this.filters = filters;
        this.clock = clock;
        filters.fromYearProperty().addListener((obs, old, value) -> updateYearText());
        filters.toYearProperty().addListener((obs, old, value) -> updateYearText());
        speed.addListener((obs, old, value) -> {
            if (playing.get()) {
                clock.start(period(), this::step);
            }
        });
        updateYearText();
    }

    public void togglePlaying() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /**
     * Starts from the current window's start, or from the span's beginning when the window already sits at
     * the end, with the window narrowed to the chosen width.
     */
    public void play() {
        if (!filters.datedProperty().get() || playing.get()) {
            return;
        }
        int first = filters.spanFirstYearProperty().get();
        int last = filters.spanLastYearProperty().get();
        int years = Math.max(1, width.get());
        int from = filters.window().firstYear();
        if (from + years - 1 >= last) {
            from = first;
        }
        filters.setWindow(from, Math.min(last, from + years - 1));
        playing.set(true);
        clock.start(period(), this::step);
    }

    public void pause() {
        clock.stop();
        playing.set(false);
    }

    /** Slides the window one year on; pauses once its end reaches the span's end. */
    public void step() {
        int last = filters.spanLastYearProperty().get();
        int from = filters.window().firstYear();
        int to = filters.window().lastYear();
        if (to < last) {
            filters.setWindow(from + 1, to + 1);
        }
        if (filters.window().lastYear() >= last) {
            pause();
        }
    }

    private Duration period() {
        double perSecond = Math.max(0.1, speed.get());
        return Duration.ofMillis(Math.round(1000 / perSecond));
    }

    private void updateYearText() {
        yearText.set(filters.datedProperty().get() ? DatesInWords.of(filters.window()) : "");
    }

    /** Window width in years. */
    public IntegerProperty widthProperty() {
        return width;
    }

    /** Steps per second. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    /** The window in years, shown large over the network while playing: "1994–1996". */
    public ReadOnlyStringProperty yearTextProperty() {
        return yearText.getReadOnlyProperty();
    }

    public String yearText() {
        return yearText.get();
    }
}
