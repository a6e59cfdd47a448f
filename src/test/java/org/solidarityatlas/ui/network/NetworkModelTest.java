package org.solidarityatlas.ui.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.solidarityatlas.model.EntityType;

/** The network a view holds, as index-aligned arrays: built, filtered and placed without JavaFX. */
class NetworkModelTest {

    @Test
    void anEntityListedTwiceIsHeldOnceAndARelationshipMissingAnEndIsLeftOut() {
        SampleNetwork network = new SampleNetwork()
                .entity("ue", EntityType.UNION, "UE", null, null)
                .entity("ue", EntityType.UNION, "UE again", null, null)
                .entity("fat", EntityType.UNION, "FAT", null, null)
                .link("r1", "partner_of", "ue", "fat")
                .link("r2", "member_of", "ue", "nowhere");
        NetworkModel model = NetworkModel.of(network.subgraph(), Map.of());
        assertEquals(2, model.nodeCount());
        assertEquals("UE", model.entities.get(model.nodeOf("ue")).name());
        assertEquals(List.of("r1"), model.relationships.stream().map(r -> r.id()).toList());
        assertEquals(-1, model.edgeOf("r2"));
        assertArrayEquals(new int[] {1, 1}, model.degree);
    }

    @Test
    void hidingAnEntityHidesItsRelationships() {
        NetworkModel model = NetworkModel.of(SampleNetwork.small(), Map.of());
        Set<String> allRelationships = Set.of("r1", "r2", "r3", "r4");
        model.applyVisibility(Set.of("ue", "soa", "nao", "loner"), allRelationships);
        assertEquals(Set.of("ue", "soa", "nao", "loner"), model.visibleEntityIds());
        assertEquals(Set.of("r1", "r3"), model.visibleRelationshipIds());
    }

    @Test
    void aModelWithoutKeptPlacesStartsFromTheLayoutsOwnStart() {
        NetworkModel model = NetworkModel.of(SampleNetwork.small(), Map.of());
        assertNull(model.startPlaces);
        assertEquals(false, model.positioned);
    }

    @Test
    void keptEntitiesStartWhereTheyWereAndANewcomerBesideItsPlacedNeighbour() {
        SampleNetwork network = new SampleNetwork()
                .entity("ue", EntityType.UNION, "UE", null, null)
                .entity("fat", EntityType.UNION, "FAT", null, null)
                .entity("new", EntityType.PERSON, "Newcomer", null, null)
                .link("r1", "partner_of", "ue", "fat")
                .link("r2", "member_of", "new", "fat");
        Map<String, double[]> places = Map.of("ue", new double[] {0, 0}, "fat", new double[] {100, 0});
        NetworkModel model = NetworkModel.of(network.subgraph(), places);
        assertTrue(model.positioned);
        assertArrayEquals(new double[] {0, 0, 100, 0}, java.util.Arrays.copyOf(model.startPlaces, 4), 1e-9);
        int newcomer = model.nodeOf("new");
        double toFat = Math.hypot(model.x(newcomer) - 100, model.y(newcomer));
        double toUe = Math.hypot(model.x(newcomer), model.y(newcomer));
        assertTrue(toFat < toUe, "beside FAT: " + toFat + " from it, " + toUe + " from UE");
    }

    @Test
    void aPinnedNodeKeepsItsPlaceWhenTheLayoutMovesTheOthers() {
        NetworkModel model = NetworkModel.of(SampleNetwork.small(), Map.of());
        int n = model.nodeCount();
        model.takeLayoutPositions(new double[2 * n]);
        model.pin(model.nodeOf("fat"), 7, 8);
        double[] frame = new double[2 * n];
        java.util.Arrays.fill(frame, 1);
        model.takeLayoutPositions(frame);
        assertEquals(7, model.x(model.nodeOf("fat")));
        assertEquals(8, model.y(model.nodeOf("fat")));
        assertEquals(1, model.x(model.nodeOf("ue")));
    }

    @Test
    void theLayoutBoxIsNeverThinnerThanOneUnit() {
        NetworkModel model = NetworkModel.of(SampleNetwork.small(), Map.of());
        model.takeLayoutPositions(new double[2 * model.nodeCount()]);
        Box box = model.layoutBounds();
        assertEquals(new Box(-0.5, -0.5, 0.5, 0.5), box);
    }
}
