package org.solidarityatlas.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Subgraph;
import org.solidarityatlas.testing.Fx;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A large network's model is prepared off the JavaFX thread and drawn as if it had been built at once. */
@ExtendWith(ApplicationExtension.class)
class ModelPreparationTest {

    private NetworkView atOnce;
    private NetworkView prepared;

    @Start
    void start(Stage stage) {
        atOnce = new NetworkView();
        prepared = new NetworkView();
        // Every network counts as large for this view; the other builds all of them at once.
        prepared.prepareInBackgroundAbove = 0;
        atOnce.prepareInBackgroundAbove = Integer.MAX_VALUE;
        stage.setScene(new Scene(new HBox(atOnce.node(), prepared.node()), 800, 400));
        stage.show();
    }

    @AfterEach
    void dispose() {
        Fx.run(() -> {
            atOnce.dispose();
            prepared.dispose();
        });
    }

    @Test
    void aPreparedNetworkIsBuiltOffTheJavaFxThreadAndEqualsOneBuiltAtOnce() {
        Subgraph network = SampleNetwork.generated(300);
        Set<String> someEntities = network.entities().stream().map(Entity::id).filter(id -> id.hashCode() % 3 != 0)
                .collect(Collectors.toSet());
        Set<String> someRelationships = network.relationships().stream().map(Relationship::id)
                .filter(id -> id.hashCode() % 4 != 0).collect(Collectors.toSet());
        int before = Fx.call(() -> {
            for (NetworkView view : List.of(atOnce, prepared)) {
                view.show(network);
                // The filters arrive while the prepared view is still waiting for its model.
                view.applyVisibility(someEntities, someRelationships);
                view.setSelection(java.util.Optional.of("e1"), Set.of("e1", "e2"), Set.of());
            }
            return prepared.preparedModels();
        });
        Fx.waitUntil(() -> prepared.preparedModels() > before && !prepared.preparing());

        assertEquals("network-model", Fx.call(prepared::lastModelPreparedOn));
        assertEquals(Fx.call(atOnce::heldEntityIds), Fx.call(prepared::heldEntityIds));
        assertEquals(new LinkedHashSet<>(Fx.call(atOnce::visibleEntityIds)),
                new LinkedHashSet<>(Fx.call(prepared::visibleEntityIds)));
        assertEquals(Fx.call(atOnce::visibleRelationshipIds), Fx.call(prepared::visibleRelationshipIds));
        Fx.waitUntil(() -> prepared.graphicGraph().getNodeCount() == network.entities().size()
                && prepared.graphicGraph().getEdgeCount() == network.relationships().size());
        for (Entity e : network.entities()) {
            assertEquals(Fx.call(() -> atOnce.entityClasses(e.id())), Fx.call(() -> prepared.entityClasses(e.id())),
                    e.id());
        }
        for (Relationship r : network.relationships()) {
            assertEquals(Fx.call(() -> atOnce.relationshipClasses(r.id())),
                    Fx.call(() -> prepared.relationshipClasses(r.id())), r.id());
        }
    }

    @Test
    void ofSeveralQuickRebuildsOnlyTheNewestIsHandedOver() {
        Subgraph network = SampleNetwork.generated(300);
        Fx.run(() -> prepared.show(network));
        Fx.waitUntil(() -> prepared.preparedModels() == 1 && !prepared.preparing());
        List<Subgraph> parts = List.of(part(network, 100), part(network, 200), part(network, 250));
        Fx.run(() -> parts.forEach(prepared::showKeepingPlaces));
        Fx.waitUntil(() -> !prepared.preparing());

        assertEquals(2, Fx.call(prepared::preparedModels));
        assertTrue(Fx.call(() -> prepared.heldEntityIds().containsAll(
                parts.get(2).entities().stream().map(Entity::id).toList())));
    }

    /** The first {@code n} entities and the relationships among them. */
    private static Subgraph part(Subgraph whole, int n) {
        List<Entity> entities = whole.entities().subList(0, n);
        Set<String> ids = entities.stream().map(Entity::id).collect(Collectors.toSet());
        return new Subgraph(entities, whole.relationships().stream()
                .filter(r -> ids.contains(r.from()) && ids.contains(r.to())).toList());
    }
}
