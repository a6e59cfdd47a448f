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
}
