package org.solidarityatlas.ui.network;

import java.util.HashMap;
import java.util.Map;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;

import org.graphstream.ui.graphicGraph.StyleGroup;
import org.graphstream.ui.graphicGraph.stylesheet.Colors;
import org.graphstream.ui.graphicGraph.stylesheet.StyleConstants;
import org.graphstream.ui.graphicGraph.stylesheet.StyleConstants.Units;
import org.graphstream.ui.graphicGraph.stylesheet.Value;
import org.graphstream.ui.graphicGraph.stylesheet.Values;

/**
 * What a style group of the stylesheet asks for, read once per frame into plain fields: colours as JavaFX colours,
 * lengths in pixels. {@link NetworkRenderer} draws every element of the group with it.
 */
final class GroupLook {

    final StyleConstants.Shape shape;
    final Color fill;
    final Color stroke;
    final double strokeWidth;
    final double size;
    final boolean dynamicSize;
    final Color shadow;
    final double shadowWidth;
    final double shadowOffsetX;
    final double shadowOffsetY;
    final boolean arrow;
    final double arrowLength;
    final double arrowHalfWidth;
    final StyleConstants.TextVisibilityMode textVisibilityMode;
    final Values textVisibility;
    final boolean textHidden;
    final Font font;
    final Color textColour;
    final Color textBackground;
    final boolean roundedTextBackground;
    final double textPadX;
    final double textPadY;
    final double textOffsetX;
    final double textOffsetY;
    final StyleConstants.TextAlignment textAlignment;

    /** The group's look, its texts {@code labelScale} times the stylesheet's size (projectors, slides). */
    GroupLook(StyleGroup group, double pxPerUnit, Map<String, Font> fonts, double labelScale) {
        shape = group.getShape();
        fill = group.getFillMode() == StyleConstants.FillMode.NONE ? null : colour(group.getFillColors());
        boolean stroked = group.getStrokeMode() != StyleConstants.StrokeMode.NONE;
        strokeWidth = stroked ? px(group.getStrokeWidth(), pxPerUnit) : 0;
        stroke = stroked && strokeWidth > 0 ? colour(group.getStrokeColor()) : null;
        size = px(group.getSize(), 0, pxPerUnit);
        dynamicSize = group.getSizeMode() == StyleConstants.SizeMode.DYN_SIZE;
        boolean shadowed = group.getShadowMode() != StyleConstants.ShadowMode.NONE;
        shadow = shadowed ? colour(group.getShadowColors()) : null;
        shadowWidth = shadowed ? px(group.getShadowWidth(), pxPerUnit) : 0;
        Values offset = group.getShadowOffset();
        shadowOffsetX = shadowed ? px(offset, 0, pxPerUnit) : 0;
        shadowOffsetY = shadowed ? px(offset, offset.size() > 1 ? 1 : 0, pxPerUnit) : 0;
        arrow = group.getArrowShape() != StyleConstants.ArrowShape.NONE;
        Values arrowSize = group.getArrowSize();
        arrowLength = arrow ? px(arrowSize, 0, pxPerUnit) : 0;
        arrowHalfWidth = arrow ? px(arrowSize, arrowSize.size() > 1 ? 1 : 0, pxPerUnit) : 0;
        textVisibilityMode = group.getTextVisibilityMode();
        textVisibility = group.getTextVisibility();
        textHidden = group.getTextMode() == StyleConstants.TextMode.HIDDEN
                || textVisibilityMode == StyleConstants.TextVisibilityMode.HIDDEN;
        font = font(group, fonts, labelScale);
        textColour = colour(group.getTextColor());
        textBackground = group.getTextBackgroundMode() == StyleConstants.TextBackgroundMode.NONE ? null
                : colour(group.getTextBackgroundColor());
        roundedTextBackground = group.getTextBackgroundMode() == StyleConstants.TextBackgroundMode.ROUNDEDBOX;
        Values padding = group.getTextPadding();
        textPadX = px(padding, 0, pxPerUnit) * labelScale;
        textPadY = px(padding, padding.size() > 1 ? 1 : 0, pxPerUnit) * labelScale;
        Values textOffset = group.getTextOffset();
        textOffsetX = px(textOffset, 0, pxPerUnit) * labelScale;
        textOffsetY = px(textOffset, textOffset.size() > 1 ? 1 : 0, pxPerUnit) * labelScale;
        textAlignment = group.getTextAlignment();
    }

    /** Whether the group's labels show at this camera zoom (1 = whole network, smaller = closer). */
    boolean textVisibleAt(double zoom) {
        if (textHidden) {
            return false;
        }
        return switch (textVisibilityMode) {
            case UNDER_ZOOM -> zoom <= textVisibility.get(0);
            case OVER_ZOOM -> zoom >= textVisibility.get(0);
            case AT_ZOOM -> zoom == textVisibility.get(0);
            case ZOOM_RANGE -> textVisibility.size() < 2
                    || zoom >= textVisibility.get(0) && zoom <= textVisibility.get(1);
            default -> true;
        };
    }

    private static Font font(StyleGroup group, Map<String, Font> fonts, double labelScale) {
        StyleConstants.TextStyle style = group.getTextStyle();
        String family = group.getTextFont();
        double size = group.getTextSize().value * labelScale;
        return fonts.computeIfAbsent(family + '/' + style + '/' + size, key -> {
            boolean bold = style == StyleConstants.TextStyle.BOLD || style == StyleConstants.TextStyle.BOLD_ITALIC;
            boolean italic = style == StyleConstants.TextStyle.ITALIC
                    || style == StyleConstants.TextStyle.BOLD_ITALIC;
            return Font.font(family, bold ? FontWeight.BOLD : FontWeight.NORMAL,
                    italic ? FontPosture.ITALIC : FontPosture.REGULAR, size);
        });
    }

    /** JavaFX colours by ARGB value: the stylesheet has a few dozen. */
    private static final Map<Integer, Color> COLOURS = new HashMap<>();

    /** The first colour of a list, as a JavaFX colour; null when the list is empty. */
    private static Color colour(Colors colours) {
        if (colours == null || colours.isEmpty()) {
            return null;
        }
        org.graphstream.ui.graphicGraph.stylesheet.Color c = colours.get(0);
        int argb = c.getAlpha() << 24 | c.getRed() << 16 | c.getGreen() << 8 | c.getBlue();
        return COLOURS.computeIfAbsent(argb, key -> Color.rgb(c.getRed(), c.getGreen(), c.getBlue(),
                c.getAlpha() / 255.0));
    }

    private static double px(Value value, double pxPerUnit) {
        if (value == null) {
            return 0;
        }
        return value.units == Units.GU ? value.value * pxPerUnit : value.value;
    }

    private static double px(Values values, int index, double pxPerUnit) {
        if (values == null || values.size() == 0) {
            return 0;
        }
        double v = values.get(Math.min(index, values.size() - 1));
        return values.units == Units.GU ? v * pxPerUnit : v;
    }
}
