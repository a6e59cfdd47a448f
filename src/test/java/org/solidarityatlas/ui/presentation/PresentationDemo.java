package org.solidarityatlas.ui.presentation;

import org.solidarityatlas.ui.app.ExplorerComposition;

import org.solidarityatlas.graph.LoadedGraph;

import org.solidarityatlas.testing.StoreFixtures;

import javafx.application.Platform;
import org.solidarityatlas.model.Dataset;

/**
 * Opens presentation mode full screen on the bundled story, for looking at it on a real display. The first
 * argument, if any, is the step to go to once the layout has settled (1-based), for screenshots.
 */
public final class PresentationDemo {

    private PresentationDemo() {
    }

    public static void main(String[] args) {
        int step = args.length == 0 ? 1 : Integer.parseInt(args[0]);
        Platform.startup(() -> {
            Dataset dataset = StoreFixtures.bundled();
            PresentationWindow window = ExplorerComposition.presentationWindow(null,
                    new LoadedGraph(dataset), dataset.stories().get(0));
            window.stage().setOnHidden(e -> Platform.exit());
            window.show(true);
            window.network().setOnLayoutSettled(() -> {
                window.viewModel().go(step - 1);
            });
        });
    }
}
