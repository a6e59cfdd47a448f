package org.solidarityatlas.ui.network;

import javafx.animation.Timeline;

import org.graphstream.graph.Graph;
import org.graphstream.stream.ProxyPipe;
import org.graphstream.stream.Source;
import org.graphstream.ui.fx_viewer.FxViewer;
import org.graphstream.ui.graphicGraph.GraphicGraph;

/**
 * GraphStream's JavaFX viewer without its timer. The stock viewer plays an endless 25 Hz timeline (started from a
 * stray thread) that keeps JavaFX pulsing even when nothing changes; here frames are drawn only when
 * {@link NetworkView} asks for one, so a settled network costs no CPU.
 */
final class OnDemandViewer extends FxViewer {

    OnDemandViewer(Graph graph) {
        super(graph, ThreadingModel.GRAPH_IN_GUI_THREAD);
    }

    @Override
    public void init(GraphicGraph graphicGraph, ProxyPipe pipe, Source source) {
        graph = graphicGraph;
        pumpPipe = pipe;
        sourceInSameThread = source;
        // close() stops this timeline; it is never played.
        timeline = new Timeline();
        if (pipe != null) {
            pipe.addSink(graphicGraph);
        }
        if (source != null) {
            if (source instanceof Graph existing) {
                replayGraph(existing);
            }
            source.addSink(graphicGraph);
        }
    }

    /** Draws one frame if the graphic graph changed since the last one. */
    void drawFrame() {
        if (graph != null) {
            actionPerformed();
        }
    }
}
