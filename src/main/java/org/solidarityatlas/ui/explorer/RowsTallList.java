package org.solidarityatlas.ui.explorer;

import java.util.function.DoubleSupplier;
import javafx.geometry.Orientation;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Skin;
import javafx.scene.control.skin.ListViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/**
 * A list as tall as its rows, measured at its width (rows wrap, so their height depends on it), up to a number
 * of rows and the room its panel has; beyond that it scrolls. A plain {@link ListView} asks for 400 pixels
 * whatever it holds, which a VBox squeezes to a few rows.
 */
final class RowsTallList<T> extends ListView<T> {

    /** Room for a vertical scroll bar, in pixels. */
    private static final double SCROLL_BAR = 16;

    private final int maxRows;
    private final DoubleSupplier room;

    /**
     * @param room the most height the panel can give, in pixels
     */
    RowsTallList(javafx.collections.ObservableList<T> items, int maxRows, DoubleSupplier room) {
        super(items);
        this.maxRows = maxRows;
        this.room = room;
        widthProperty().addListener((obs, old, width) -> requestLayoutOfParent());
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new Fitted();
    }

    /** The height depends on the width: rows wrap. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** The room or the width changed: the list asks its parent for a new height. */
    void requestLayoutOfParent() {
        if (getParent() != null) {
            getParent().requestLayout();
        }
    }

    private final class Fitted extends ListViewSkin<T> {
        Fitted() {
            super(RowsTallList.this);
        }

        @Override
        protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
            VirtualFlow<ListCell<T>> flow = getVirtualFlow();
            // Measured as narrow as the rows would be beside a vertical scroll bar, so that a row that only just
            // fits on its lines is never a line short (then the scroll bar would show, and narrow every row).
            double inside = (width > 0 ? width : getSkinnable().getWidth()) - left - right - SCROLL_BAR;
            int rows = Math.min(maxRows, getSkinnable().getItems().size());
            if (flow == null || inside <= 0 || rows == 0) {
                return super.computePrefHeight(width, top, right, bottom, left);
            }
            double height = top + bottom;
            for (int i = 0; i < rows; i++) {
                IndexedCell<T> cell = flow.getCell(i);
                cell.applyCss();
                height += cell.prefHeight(inside);
            }
            return Math.max(1, Math.min(height, room.getAsDouble()));
        }

        @Override
        protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
            return computePrefHeight(width, top, right, bottom, left);
        }
    }
}
