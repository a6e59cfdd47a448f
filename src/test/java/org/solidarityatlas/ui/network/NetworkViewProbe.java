package org.solidarityatlas.ui.network;

/** Lets tests in other packages read the style classes the network view gives its elements. */
public final class NetworkViewProbe {

    private NetworkViewProbe() {
    }

    public static String entityClasses(NetworkView view, String entityId) {
        return view.entityClasses(entityId);
    }

    public static String relationshipClasses(NetworkView view, String relationshipId) {
        return view.relationshipClasses(relationshipId);
    }
}
