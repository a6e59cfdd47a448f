package org.solidarityatlas.testing;

import org.solidarityatlas.graph.LoadedGraph;

import java.util.ArrayList;
import java.util.List;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Source;

/** Small datasets written out in the test, so each test shows the items its answer depends on. */
public final class Datasets {

    private final List<Source> sources = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<Relationship> relationships = new ArrayList<>();

    public Datasets source(String id, String title, String url) {
        sources.add(new Source(id, title, null, null, null, url, null));
        return this;
    }

    public Datasets entity(String id, EntityType type, String name, String start, String end) {
        return entity(id, type, name, List.of(), start, end, List.of());
    }

    public Datasets entity(String id, EntityType type, String name, List<String> aliases, String start, String end,
            List<String> sourceIds) {
        entities.add(new Entity(id, type, name, aliases, List.of(), date(start), date(end), null, sourceIds,
                List.of()));
        return this;
    }

    public Datasets add(Entity entity) {
        entities.add(entity);
        return this;
    }

    public Datasets relationship(String id, String type, String from, String to, String start, String end) {
        relationships.add(new Relationship(id, true, type, from, to, null, date(start), date(end), null, List.of()));
        return this;
    }

    public Datasets add(Relationship relationship) {
        relationships.add(relationship);
        return this;
    }

    public Dataset build() {
        return new Dataset("Test atlas", null, null, sources, entities, relationships, List.of());
    }

    public LoadedGraph loaded() {
        return new LoadedGraph(build());
    }

    public static PartialDate date(String text) {
        return text == null ? null : PartialDate.parse(text).orElseThrow();
    }
}
