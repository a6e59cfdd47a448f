package org.solidarityatlas.ui.network;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.ui.fx_viewer.FxViewPanel;
import org.graphstream.ui.fx_viewer.FxViewer;
import org.graphstream.ui.view.camera.Camera;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Subgraph;

/**
 * GraphStream's JavaFX viewer as it comes — default stylesheet, default renderer, default mouse manager, its own
 * redraw timer — on a subgraph placed by the same force layout as {@link NetworkView}. Only the benchmark uses
 * it, to show what the network view's rendering choices buy over the stock viewer on the same graph.
 */
public final class StockNetworkViewer {

    private final MultiGraph graph = new MultiGraph("stock", false, false);
    private final FxViewer viewer;
    private final FxViewPanel panel;
    private final Pane root;
    private final ForceLayout layout;

    /** Builds the graph and starts the layout; {@code onSettled} runs on the JavaFX thread once it is placed. */
    public StockNetworkViewer(Subgraph subgraph, Runnable onSettled) {
        List<String> ids = new ArrayList<>();
        for (Entity e : subgraph.entities()) {
            if (graph.getNode(e.id()) == null) {
                graph.addNode(e.id());
                ids.add(e.id());
            }
        }
        List<ForceLayout.Link> links = new ArrayList<>();
        for (Relationship r : subgraph.relationships()) {
            if (graph.getEdge(r.id()) == null && graph.getNode(r.from()) != null && graph.getNode(r.to()) != null) {
                graph.addEdge(r.id(), r.from(), r.to());
                links.add(new ForceLayout.Link(r.id(), graph.getNode(r.from()).getIndex(),
                        graph.getNode(r.to()).getIndex()));
            }
        }
        viewer = new FxViewer(graph, FxViewer.ThreadingModel.GRAPH_IN_GUI_THREAD);
        panel = (FxViewPanel) viewer.addDefaultView(false, viewer.newDefaultGraphRenderer());
        root = new Pane(panel) {
            @Override
            protected void layoutChildren() {
                panel.resizeRelocate(0, 0, getWidth(), getHeight());
            }
        };
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(root.widthProperty());
        clip.heightProperty().bind(root.heightProperty());
        root.setClip(clip);
        // Same layout, seed and node order as the network view, so both draw the same picture.
        layout = new ForceLayout(ids, links, 1L, frame -> {
            if (frame.settled()) {
                Platform.runLater(() -> {
                    double[] xy = frame.positions();
                    for (int i = 0; i < ids.size(); i++) {
                        graph.getNode(ids.get(i)).setAttribute("xyz", xy[2 * i], xy[2 * i + 1], 0.0);
                    }
                    onSettled.run();
                });
            }
        }, error -> System.err.println("the layout of the stock viewer failed: " + error));
        layout.start();
    }

    public Region node() {
        return root;
    }

    /** Zooms the stock camera by a factor (above 1 zooms in). */
    public void zoomBy(double factor) {
        Camera camera = panel.getCamera();
        camera.setViewPercent(camera.getViewPercent() / factor);
    }

    /** Draws a frame now, as the stock viewer's own timer would on its next tick. */
    public void drawFrame() {
        viewer.actionPerformed();
    }

    public void dispose() {
        layout.stop();
        viewer.close();
    }
}
