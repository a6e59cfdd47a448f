package org.solidarityatlas.ui.network;

import javafx.scene.canvas.GraphicsContext;

/**
 * Where {@link NetworkRenderer} draws a frame: one renderer, many targets, as in Gephi's
 * {@code PreviewController.render(RenderTarget)}. A target is a graphics context showing a view of
 * {@code width} by {@code height} pixels, drawn {@code scale} times larger (an export at twice the screen's
 * resolution frames the same part of the network with every length and text doubled).
 *
 * @param onScreen   the view on screen: it counts frames and may draw many edges simply while the camera moves;
 *                   images (PNG exports, slides) are always drawn in full
 * @param labelScale how many times the stylesheet's text size labels are drawn, on top of {@code scale}: a
 *                   projector or a slide asks for labels as large as the text beside the network
 */
record RenderTarget(GraphicsContext graphics, double x, double y, double width, double height, double scale,
        boolean onScreen, double labelScale) {

    RenderTarget {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be a positive number: " + scale);
        }
        if (!(labelScale > 0) || Double.isInfinite(labelScale)) {
            throw new IllegalArgumentException("label scale must be a positive number: " + labelScale);
        }
    }

    /** The view's canvas on screen, its drawing offset by {@code (x, y)}. */
    static RenderTarget screen(GraphicsContext graphics, double x, double y, double width, double height,
            double labelScale) {
        return new RenderTarget(graphics, x, y, width, height, 1, true, labelScale);
    }

    /** An image of a view {@code width} by {@code height} pixels, drawn {@code scale} times larger. */
    static RenderTarget image(GraphicsContext graphics, double width, double height, double scale,
            double labelScale) {
        return new RenderTarget(graphics, 0, 0, width, height, scale, false, labelScale);
    }
}
