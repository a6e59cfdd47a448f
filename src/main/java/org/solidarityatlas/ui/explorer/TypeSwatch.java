package org.solidarityatlas.ui.explorer;

import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.ui.network.EntityTypeLook;

/**
 * A small picture of an entity type's node: its shape in its colour, for check boxes and the legend. Colour and
 * shape come from the network's own table, so the legend always matches what is drawn.
 */
final class TypeSwatch {

    private static final double SIZE = 14;
    /** The organization's ring, about as thick against its size as on the network. */
    private static final double RING = 3.5;

    private TypeSwatch() {
    }

    static Node of(EntityType type) {
        EntityTypeLook look = EntityTypeLook.of(type);
        Shape shape = switch (look.shape()) {
            case "diamond" -> new Polygon(SIZE / 2, 0, SIZE, SIZE / 2, SIZE / 2, SIZE, 0, SIZE / 2);
            case "triangle" -> new Polygon(SIZE / 2, 0, SIZE, SIZE, 0, SIZE);
            case "box", "rounded-box" -> roundedBox(look.shape().equals("rounded-box"));
            case "cross" -> saltire();
            default -> new Circle(SIZE / 2, SIZE / 2, SIZE / 2 - (look.shape().equals("ring") ? RING / 2 : 0));
        };
        if (look.shape().equals("ring")) {
            // As the network draws it: white inside a thick outline in the type's colour.
            shape.setFill(Color.WHITE);
            shape.setStroke(Color.web(look.colour()));
            shape.setStrokeWidth(RING);
        } else {
            shape.setFill(Color.web(look.colour()));
            shape.setStroke(Color.web("#ffffff"));
            shape.setStrokeWidth(1);
        }
        shape.getStyleClass().addAll("type-swatch", type.id());
        return shape;
    }

    /** The network's cross: a saltire (×) of two diagonal bars, in the proportions the renderer uses. */
    private static Shape saltire() {
        double h = SIZE / 2;
        double notch = 0.3 * SIZE;
        double waist = 0.2 * SIZE;
        return new Polygon(
                h - h, h - notch, h - notch, h - h, h, h - waist, h + notch, h - h, h + h, h - notch, h + waist, h,
                h + h, h + notch, h + notch, h + h, h, h + waist, h - notch, h + h, h - h, h + notch, h - waist, h);
    }

    private static Shape roundedBox(boolean rounded) {
        Rectangle box = new Rectangle(0, 0, SIZE, SIZE);
        if (rounded) {
            box.setArcWidth(6);
            box.setArcHeight(6);
        }
        return box;
    }
}
