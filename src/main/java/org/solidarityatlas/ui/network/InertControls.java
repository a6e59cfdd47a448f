package org.solidarityatlas.ui.network;

import java.util.EnumSet;

import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.view.View;
import org.graphstream.ui.view.util.InteractiveElement;
import org.graphstream.ui.view.util.MouseManager;
import org.graphstream.ui.view.util.ShortcutManager;

/**
 * Stand-ins for GraphStream's default mouse and keyboard managers, which do rubber-band selection and keyboard
 * camera moves that fight {@link PointerInteraction}: they do nothing.
 */
final class InertControls {

    private InertControls() {
    }

    static final class Mouse implements MouseManager {
        @Override
        public void init(GraphicGraph graph, View view) {
        }

        @Override
        public void release() {
        }

        @Override
        public EnumSet<InteractiveElement> getManagedTypes() {
            return EnumSet.noneOf(InteractiveElement.class);
        }
    }

    static final class Keys implements ShortcutManager {
        @Override
        public void init(GraphicGraph graph, View view) {
        }

        @Override
        public void release() {
        }
    }
}
