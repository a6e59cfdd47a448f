package org.solidarityatlas.ui.explorer;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * The explorer's two side panels around the network, each folded away and back with a key (F7 the filters, F8
 * the details), so the network can have most of a small window. A panel keeps its width when it comes back.
 */
final class SidePanels {

    private final SplitPane body;
    private final Node left;
    private final Node centre;
    private final Node right;
    private double[] dividers;

    SidePanels(Node left, Node centre, Node right) {
        this.left = left;
        this.centre = centre;
        this.right = right;
        body = new SplitPane(left, centre, right);
        body.setDividerPositions(0.22, 0.74);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
        dividers = body.getDividerPositions();
    }

    SplitPane node() {
        return body;
    }

    void toggleLeft() {
        toggle(left);
    }

    void toggleRight() {
        toggle(right);
    }

    boolean showsLeft() {
        return body.getItems().contains(left);
    }

    boolean showsRight() {
        return body.getItems().contains(right);
    }

    private void toggle(Node panel) {
        if (showsLeft() && showsRight()) {
            dividers = body.getDividerPositions();
        }
        if (body.getItems().contains(panel)) {
            body.getItems().remove(panel);
        } else if (panel == left) {
            body.getItems().add(0, left);
        } else {
            body.getItems().add(right);
        }
        if (showsLeft() && showsRight()) {
            body.setDividerPositions(dividers);
        } else if (showsLeft()) {
            body.setDividerPositions(dividers[0]);
        } else if (showsRight()) {
            body.setDividerPositions(dividers[1]);
        }
    }

    Node centre() {
        return centre;
    }
}
