package org.solidarityatlas.ui.network;

/** The connected parts of a network given as links between node indices, by union-find. */
final class Components {

    private Components() {
    }

    /**
     * For each of the {@code n} nodes, a representative node of its connected part: two nodes are linked, directly
     * or not, exactly when their representatives are equal.
     */
    static int[] of(int n, int[] from, int[] to) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int j = 0; j < from.length; j++) {
            int a = root(parent, from[j]);
            int b = root(parent, to[j]);
            if (a != b) {
                parent[a] = b;
            }
        }
        for (int i = 0; i < n; i++) {
            parent[i] = root(parent, i);
        }
        return parent;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
