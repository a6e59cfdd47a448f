package org.solidarityatlas.store;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.Path;

/**
 * Turns Cypher result values into plain Java: strings, numbers, booleans, lists and maps. Nodes and
 * relationships become maps of their properties (keys sorted), paths become the list of their elements, and
 * dates, times, durations and points become their text form.
 */
final class PlainValues {

    private PlainValues() {
    }

    static Object of(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Entity entity) {
            return properties(entity.getAllProperties());
        }
        if (value instanceof Path path) {
            List<Object> elements = new ArrayList<>();
            path.forEach(element -> elements.add(of(element)));
            return elements;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> converted = new TreeMap<>();
            map.forEach((key, item) -> converted.put(String.valueOf(key), of(item)));
            return converted;
        }
        if (value instanceof Iterable<?> iterable) {
            List<Object> converted = new ArrayList<>();
            iterable.forEach(item -> converted.add(of(item)));
            return converted;
        }
        if (value.getClass().isArray()) {
            List<Object> converted = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                converted.add(of(Array.get(value, i)));
            }
            return converted;
        }
        // Dates, times, durations, points and characters: their text form is what a table or JSON shows.
        return value.toString();
    }

    private static Map<String, Object> properties(Map<String, Object> properties) {
        Map<String, Object> converted = new TreeMap<>();
        properties.forEach((key, item) -> converted.put(key, of(item)));
        return converted;
    }
}
