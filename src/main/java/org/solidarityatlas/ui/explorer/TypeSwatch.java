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

    private TypeSwatch() {
    }

    static Node of(EntityType type) {
        EntityTypeLook look = EntityTypeLook.of(type);
        Shape shape = switch (look.shape()) {
            case "diamond" -> new Polygon(SIZE / 2, 0, SIZE, SIZE / 2, SIZE / 2, SIZE, 0, SIZE / 2);
            case "triangle" -> new Polygon(SIZE / 2, 0, SIZE, SIZE, 0, SIZE);
            case "box", "rounded-box" -> roundedBox(look.shape().equals("rounded-box"));
            case "cross" -> new Polygon(
                    SIZE * 0.35, 0, SIZE * 0.65, 0, SIZE * 0.65, SIZE * 0.35, SIZE, SIZE * 0.35, SIZE, SIZE * 0.65,
                    SIZE * 0.65, SIZE * 0.65, SIZE * 0.65, SIZE, SIZE * 0.35, SIZE, SIZE * 0.35, SIZE * 0.65,
                    0, SIZE * 0.65, 0, SIZE * 0.35, SIZE * 0.35, SIZE * 0.35);
            default -> new Circle(SIZE / 2, SIZE / 2, SIZE / 2);
        };
        shape.setFill(Color.web(look.colour()));
        shape.setStroke(Color.web("#ffffff"));
        shape.setStrokeWidth(1);
        shape.getStyleClass().addAll("type-swatch", type.id());
        return shape;
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
