package org.solidarityatlas.ui.network;

/**
 * Where the network view looks: the point at the centre (in layout units) and the zoom, where 1 shows the whole
 * layout and smaller values are closer. A story step can keep one, and a presentation can glide between two.
 */
public record NetworkCamera(double centreX, double centreY, double zoom) {

    public NetworkCamera {
        if (!(zoom > 0) || Double.isInfinite(zoom)) {
            throw new IllegalArgumentException("zoom must be a positive number: " + zoom);
        }
    }

    /** The camera a fraction {@code t} (0 to 1) of the way from this one to {@code to}, zooming geometrically. */
    public NetworkCamera towards(NetworkCamera to, double t) {
        double x = centreX + (to.centreX - centreX) * t;
        double y = centreY + (to.centreY - centreY) * t;
        double z = Math.exp(Math.log(zoom) + (Math.log(to.zoom) - Math.log(zoom)) * t);
        return new NetworkCamera(x, y, z);
    }
}
