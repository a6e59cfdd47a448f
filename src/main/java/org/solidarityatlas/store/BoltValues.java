package org.solidarityatlas.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Entity;
import org.neo4j.driver.types.Path;

/**
 * The driver's result values as the query command prints them, the same as {@link PlainValues} does for the
 * embedded database: nodes and relationships as their properties (keys sorted), paths as their elements in order,
 * temporal and spatial values as text.
 */
final class BoltValues {

    private BoltValues() {
    }

    static Object plain(Value value) {
        return plainObject(value.asObject());
    }

    private static Object plainObject(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Entity entity) {
            return sorted(entity.asMap());
        }
        if (value instanceof Path path) {
            List<Object> elements = new ArrayList<>();
            path.forEach(segment -> {
                if (elements.isEmpty()) {
                    elements.add(plainObject(segment.start()));
                }
                elements.add(plainObject(segment.relationship()));
                elements.add(plainObject(segment.end()));
            });
            if (elements.isEmpty()) {
                elements.add(plainObject(path.start()));
            }
            return elements;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> converted = new TreeMap<>();
            map.forEach((key, item) -> converted.put(String.valueOf(key), plainObject(item)));
            return converted;
        }
        if (value instanceof Iterable<?> iterable) {
            List<Object> converted = new ArrayList<>();
            iterable.forEach(item -> converted.add(plainObject(item)));
            return converted;
        }
        return value.toString();
    }

    private static Map<String, Object> sorted(Map<String, Object> properties) {
        Map<String, Object> converted = new TreeMap<>();
        properties.forEach((key, item) -> converted.put(key, plainObject(item)));
        return converted;
    }
}
