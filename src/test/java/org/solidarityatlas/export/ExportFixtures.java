package org.solidarityatlas.export;

import java.util.List;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Source;

/** A small dataset with every kind of date the writers must handle, built from the model records. */
final class ExportFixtures {

    static final String ESCAPED_NAME = "Smith & Sons <Holdings> \"Ltd\"";
    static final String ACCENTED_NAME = "Frente Auténtico del Trabajo";

    private ExportFixtures() {
    }

    static Dataset dataset() {
        return new Dataset("UE–FAT test graph", "Fixture for the exporters", "en",
                List.of(new Source("article", "The alliance article", null, null, "2023", null, null)),
                List.of(
                        // ongoing union, dated to the year
                        entity("ue", EntityType.UNION, "United Electrical Workers", List.of("UE"), List.of("US"),
                                "1936", null, "A US union", List.of("article"), List.of("core", "us")),
                        // ongoing union, dated to the month, with an accented name
                        entity("fat", EntityType.UNION, ACCENTED_NAME, List.of("FAT", "Authentic Labor Front"),
                                List.of("MX"), "1960-10", null, null, List.of("article"), List.of()),
                        // ended alliance
                        entity("alliance", EntityType.ALLIANCE, "Strategic Organizing Alliance", List.of(),
                                List.of("US", "MX"), "1992", "2004-05", null, List.of(), List.of()),
                        // event to the day, without end: that day only
                        entity("complaint", EntityType.EVENT, "NAO complaint", List.of(), List.of(),
                                "1994-02-14", null, null, List.of(), List.of()),
                        // event to the month, without end: that month
                        entity("meeting", EntityType.EVENT, "Bi-national meeting", List.of(), List.of(),
                                "2019-02", null, null, List.of(), List.of()),
                        // undated, with markup characters in the name
                        entity("smith", EntityType.ORGANIZATION, ESCAPED_NAME, List.of(), List.of(),
                                null, null, "Owner of <plants> & \"mills\"", List.of(), List.of()),
                        // known only by its end
                        entity("old-plant", EntityType.ORGANIZATION, "Old plant", List.of(), List.of(),
                                null, "1999", null, List.of(), List.of())),
                List.of(
                        relationship("ue-in-alliance", "member_of", "ue", "alliance", "founding member",
                                "1992", "2004-05", "Joined at the start", List.of("article")),
                        relationship("fat-in-alliance", "member_of", "fat", "alliance", null,
                                "1992-06", null, null, List.of()),
                        relationship("ue-files", "files", "ue", "complaint", null,
                                "1994-02-14", "1994-02-14", null, List.of()),
                        relationship("smith-owns", "owns", "smith", "old-plant", null,
                                null, null, null, List.of())),
                List.of());
    }

    static Entity entity(String id, EntityType type, String name, List<String> aliases, List<String> countries,
            String start, String end, String description, List<String> sources, List<String> tags) {
        return new Entity(id, type, name, aliases, countries, date(start), date(end), description, sources, tags);
    }

    static Relationship relationship(String id, String type, String from, String to, String role,
            String start, String end, String description, List<String> sources) {
        return new Relationship(id, true, type, from, to, role, date(start), date(end), description, sources);
    }

    static Dataset withEntities(List<Entity> entities, List<Relationship> relationships) {
        return new Dataset("Small", null, null, List.of(), entities, relationships, List.of());
    }

    private static PartialDate date(String text) {
        return text == null ? null : PartialDate.parse(text).orElseThrow();
    }
}
