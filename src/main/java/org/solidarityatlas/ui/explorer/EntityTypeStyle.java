package org.solidarityatlas.ui.explorer;

import javafx.scene.paint.Color;
import org.solidarityatlas.model.EntityType;

/**
 * The one place that gives each entity type its colour (Okabe–Ito, distinguishable with colour-blindness) and
 * its shape, for the legend, the filter swatches and the network's stylesheet alike.
 */
public enum EntityTypeStyle {
    UNION(EntityType.UNION, "#0072B2", "circle"),
    ALLIANCE(EntityType.ALLIANCE, "#E69F00", "diamond"),
    PERSON(EntityType.PERSON, "#009E73", "circle"),
    CAMPAIGN(EntityType.CAMPAIGN, "#CC79A7", "triangle"),
    ORGANIZATION(EntityType.ORGANIZATION, "#56B4E9", "box"),
    EVENT(EntityType.EVENT, "#D55E00", "cross");

    private final EntityType type;
    private final String hex;
    private final String shape;

    EntityTypeStyle(EntityType type, String hex, String shape) {
        this.type = type;
        this.hex = hex;
        this.shape = shape;
    }

    public static EntityTypeStyle of(EntityType type) {
        return valueOf(type.name());
    }

    public EntityType type() {
        return type;
    }

    /** "#0072B2". */
    public String hex() {
        return hex;
    }

    public Color color() {
        return Color.web(hex);
    }

    /** GraphStream's shape name for the type ("circle", "diamond", "box", "triangle", "cross"). */
    public String shape() {
        return shape;
    }

    /** The style class used for the type in stylesheets: "union", "alliance", … */
    public String styleClass() {
        return type.id();
    }
}
