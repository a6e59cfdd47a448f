package org.solidarityatlas.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Subgraph;
import org.solidarityatlas.testing.Datasets;

class AmongTest {

    @Test
    void keepsTheGivenEntitiesAndEveryRelationshipAmongThemInDatasetOrder() {
        LoadedGraph graph = new Datasets()
                .entity("a", EntityType.UNION, "A", null, null)
                .entity("b", EntityType.UNION, "B", null, null)
                .entity("c", EntityType.UNION, "C", null, null)
                .entity("d", EntityType.UNION, "D", null, null)
                .relationship("r1", "partner_of", "c", "a", null, null)
                .relationship("r2", "partner_of", "a", "d", null, null)
                .relationship("r3", "partner_of", "a", "c", null, null)
                .relationship("r4", "partner_of", "c", "c", null, null)
                .relationship("r5", "partner_of", "b", "d", null, null)
                .loaded();
        Subgraph among = graph.among(Set.of("c", "a", "unknown"));
        assertEquals(List.of("a", "c"), among.entities().stream().map(Entity::id).toList());
        assertEquals(List.of("r1", "r3", "r4"), among.relationships().stream().map(Relationship::id).toList());
    }

    /** A ring of forty unions, each tied to the next, with a loop on u3: few entities walk their ties, many pass. */
    private static LoadedGraph ring() {
        Datasets data = new Datasets();
        for (int i = 0; i < 40; i++) {
            data.entity("u" + i, EntityType.UNION, "U" + i, null, null);
        }
        for (int i = 39; i >= 0; i--) {
            data.relationship("t" + i, "partner_of", "u" + ((i + 1) % 40), "u" + i, null, null);
        }
        data.relationship("loop", "partner_of", "u3", "u3", null, null);
        return data.loaded();
    }

    @Test
    void aFewEntitiesOfABigGraphKeepTheRelationshipsAmongThemInDatasetOrder() {
        Subgraph among = ring().among(Set.of("u4", "u3", "u2"));

        assertEquals(List.of("t3", "t2", "loop"), among.relationships().stream().map(Relationship::id).toList());
    }

    @Test
    void mostEntitiesOfAGraphKeepTheRelationshipsAmongThemInDatasetOrder() {
        Set<String> allButU0 = new java.util.HashSet<>();
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 1; i < 40; i++) {
            allButU0.add("u" + i);
            expected.add(0, "t" + i); // t39 ties u39 to u0 and t0 u1 to u0: both left out
        }
        expected.remove("t39");
        expected.add("loop");
        Subgraph among = ring().among(allButU0);

        assertEquals(expected, among.relationships().stream().map(Relationship::id).toList());
    }
}
