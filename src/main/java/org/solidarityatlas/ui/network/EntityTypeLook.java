package org.solidarityatlas.ui.network;

import java.util.Locale;

import org.solidarityatlas.model.EntityType;

/**
 * The colour and shape of each entity type on the network, for legends and check boxes elsewhere in the window.
 * The network itself takes them from its stylesheet ({@code network.css}); a test keeps the two in step.
 */
public enum EntityTypeLook {
    UNION(EntityType.UNION, "#0072B2", "box"),
    ALLIANCE(EntityType.ALLIANCE, "#D55E00", "diamond"),
    PERSON(EntityType.PERSON, "#E69F00", "circle"),
    CAMPAIGN(EntityType.CAMPAIGN, "#009E73", "triangle"),
    ORGANIZATION(EntityType.ORGANIZATION, "#CC79A7", "ring"),
    EVENT(EntityType.EVENT, "#56B4E9", "cross");

    private final EntityType type;
    private final String colour;
    private final String shape;

    EntityTypeLook(EntityType type, String colour, String shape) {
        this.type = type;
        this.colour = colour;
        this.shape = shape;
    }

    public static EntityTypeLook of(EntityType type) {
        return valueOf(type.name());
    }

    public EntityType type() {
        return type;
    }

    /** Okabe–Ito colour as {@code #RRGGBB}. */
    public String colour() {
        return colour;
    }

    /** Box, diamond, circle, triangle, ring (a circle drawn as a thick outline in the colour) or cross. */
    public String shape() {
        return shape;
    }

    /** The stylesheet class of nodes of this type. */
    String styleClass() {
        return type.id().toLowerCase(Locale.ROOT);
    }
}
