package org.solidarityatlas.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.solidarityatlas.model.Relationship;

/**
 * The relationships with both ends among some entities ({@code in[i]} for entity index {@code i}), in dataset
 * order, from {@link LoadedGraph}'s arrays: by walking the entities' incident relationships when they are few,
 * or by one pass over every relationship's ends when they are many.
 */
final class RelationshipsAmong {

    private RelationshipsAmong() {
    }

    static List<Relationship> byIncident(boolean[] in, int[][] incident, int[] relationshipFrom,
            int[] relationshipTo, List<Relationship> relationships) {
        int[] touching = new int[16];
        int count = 0;
        for (int i = 0; i < in.length; i++) {
            if (!in[i]) {
                continue;
            }
            for (int j : incident[i]) {
                // Each relationship once: from its lower-indexed end (a loop has just the one).
                int other = relationshipFrom[j] == i ? relationshipTo[j] : relationshipFrom[j];
                if (in[other] && other >= i) {
                    if (count == touching.length) {
                        touching = Arrays.copyOf(touching, count * 2);
                    }
                    touching[count++] = j;
                }
            }
        }
        Arrays.sort(touching, 0, count);
        List<Relationship> among = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            among.add(relationships.get(touching[k]));
        }
        return among;
    }

    static List<Relationship> byPass(boolean[] in, int[] relationshipFrom, int[] relationshipTo,
            List<Relationship> relationships, int expected) {
        List<Relationship> among = new ArrayList<>(expected);
        for (int j = 0; j < relationshipFrom.length; j++) {
            if (in[relationshipFrom[j]] && in[relationshipTo[j]]) {
                among.add(relationships.get(j));
            }
        }
        return among;
    }
}
