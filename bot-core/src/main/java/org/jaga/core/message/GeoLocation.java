package org.jaga.core.message;

/** A point a person shared, in WGS84 degrees. */
public record GeoLocation(double latitude, double longitude) {
    public GeoLocation {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("latitude or longitude out of range");
        }
    }
}
