package org.solidarityatlas.ui.explorer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/** One check box of the filter panel: a type, whether it is shown, and how many of its items are visible. */
public final class TypeToggle<T> {

    private final T type;
    private final String label;
    private final int total;
    private final BooleanProperty shown = new SimpleBooleanProperty(true);
    private final ReadOnlyIntegerWrapper visible = new ReadOnlyIntegerWrapper();

    TypeToggle(T type, String label, int total) {
        this.type = type;
        this.label = label;
        this.total = total;
        this.visible.set(total);
    }

    public T type() {
        return type;
    }

    public String label() {
        return label;
    }

    public int total() {
        return total;
    }

    public BooleanProperty shownProperty() {
        return shown;
    }

    public boolean isShown() {
        return shown.get();
    }

    public void setShown(boolean value) {
        shown.set(value);
    }

    public ReadOnlyIntegerProperty visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    public int visible() {
        return visible.get();
    }

    void setVisible(int count) {
        visible.set(count);
    }

    /** "12 / 20", the count shown beside the check box. */
    public String countText() {
        return visible.get() + " / " + total;
    }
}
