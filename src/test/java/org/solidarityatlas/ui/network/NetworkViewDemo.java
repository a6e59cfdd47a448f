package org.solidarityatlas.ui.network;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Subgraph;

/**
 * Opens the network view on the sample alliance, to look at it as a person would. Arguments: an optional
 * "select" to select the alliance's hub once settled, and an optional PNG path to save a 2x export there.
 */
public final class NetworkViewDemo {

    private NetworkViewDemo() {
    }

    /** Separate from the main class: the JDK launcher refuses a main class that is an Application. */
    public static final class Window extends Application {
    @Override
    public void start(Stage stage) {
        String big = getParameters().getRaw().stream().filter(a -> a.startsWith("big=")).findFirst().orElse(null);
        Subgraph sample = big == null ? SampleNetwork.alliance()
                : SampleNetwork.generated(Integer.parseInt(big.substring(4)));
        NetworkView view = new NetworkView();
        view.setEntityTooltip(id -> sample.entities().stream().filter(e -> e.id().equals(id)).findFirst()
                .map(e -> e.name() + "\n" + e.type().label() + ", " + e.lifespan().inWords()).orElse(id));
        view.setOnEntityClicked(id -> System.out.println("clicked entity " + id));
        view.setOnRelationshipClicked(id -> System.out.println("clicked relationship " + id));
        view.setOnBackgroundClicked(() -> System.out.println("clicked background"));
        boolean select = getParameters().getRaw().contains("select");
        String png = getParameters().getRaw().stream().filter(a -> a.endsWith(".png")).findFirst().orElse(null);
        long[] started = new long[1];
        view.setOnLayoutSettled(() -> {
            System.out.printf("layout settled after %.2f s%n", (System.nanoTime() - started[0]) / 1e9);
            if (select) {
                Set<String> rels = new java.util.HashSet<>();
                Set<String> near = new java.util.HashSet<>();
                for (Relationship r : sample.relationships()) {
                    if (r.from().equals("fat") || r.to().equals("fat")) {
                        rels.add(r.id());
                        near.add(r.otherEnd("fat"));
                    }
                }
                view.setSelection(Optional.of("fat"), near, rels);
            }
            if (getParameters().getRaw().contains("marks")) {
                view.setChangeMarks(Set.of("ev-reform", "cfcrl", "ev-votes", "r42", "r43", "r45"),
                        Set.of("tncn", "cue", "r10", "r11", "r12"));
            }
            String hover = getParameters().getRaw().stream().filter(a -> a.startsWith("hover="))
                    .map(a -> a.substring(6)).findFirst().orElse(null);
            if (hover != null) {
                Platform.runLater(() -> view.entityPositionInView(hover)
                        .map(p -> view.node().localToScreen(p))
                        .ifPresent(p -> new javafx.scene.robot.Robot().mouseMove(p)));
            }
            if (png != null) {
                Platform.runLater(() -> {
                    try {
                        view.savePng(Path.of(png), 2);
                        System.out.println("saved " + png);
                    } catch (java.io.IOException e) {
                        System.out.println("could not save: " + e.getMessage());
                    }
                });
            }
        });
        stage.setScene(new Scene(view.node(), 1500, 920));
        stage.setTitle("NetworkView demo");
        stage.setOnHidden(e -> view.dispose());
        stage.show();
        if (getParameters().getRaw().contains("filters")) {
            // Times applyVisibility with random halves of the network, once the graph is built.
            javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(8));
            wait.setOnFinished(e -> {
                java.util.Random random = new java.util.Random(1);
                java.util.List<Long> times = new java.util.ArrayList<>();
                for (int k = 0; k < 60; k++) {
                    Set<String> entities = new java.util.HashSet<>();
                    sample.entities().forEach(en -> {
                        if (random.nextInt(3) > 0) {
                            entities.add(en.id());
                        }
                    });
                    Set<String> relationships = new java.util.HashSet<>();
                    sample.relationships().forEach(r -> relationships.add(r.id()));
                    long t = System.nanoTime();
                    view.applyVisibility(entities, relationships);
                    times.add(System.nanoTime() - t);
                }
                java.util.Collections.sort(times);
                System.out.printf("applyVisibility median %.1f ms, p95 %.1f ms%n", times.get(30) / 1e6,
                        times.get(57) / 1e6);
            });
            wait.play();
        }
        started[0] = System.nanoTime();
        view.show(sample);
        System.out.printf("show() took %d ms on the JavaFX thread%n", (System.nanoTime() - started[0]) / 1_000_000);
    }

    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }
}
