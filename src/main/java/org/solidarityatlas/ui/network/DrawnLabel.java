package org.solidarityatlas.ui.network;

/**
 * A label as the last frame drew it, in pixels of the view (y down): what tests and the presentation's checks read
 * to see that no two labels overlap, nor a label a node or an overlay.
 *
 * @param elementId the entity's or the relationship's id
 * @param ofEntity  true for a node's label, false for an edge's
 * @param text      the text drawn (the name, or a shorter alias when the name had no room)
 */
public record DrawnLabel(String elementId, boolean ofEntity, String text, double left, double top, double width,
        double height) {
}
