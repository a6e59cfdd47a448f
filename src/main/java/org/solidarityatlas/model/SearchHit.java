package org.solidarityatlas.model;

/** One full-text search result; a higher score ranks first. */
public record SearchHit(Entity entity, double score) {
}
