package org.solidarityatlas.testing;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Source;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.model.StoryStep;

/**
 * A small dataset whose answers are known by hand: the path person → fat → alliance → campaign → echlin, an
 * isolated office, undated items, an event without end, and one relationship whose id was assigned.
 */
public final class SmallDataset {

    private SmallDataset() {
    }

    public static Dataset dataset() {
        return new Dataset("Small alliance history", "Known answers for store tests.", "en",
                List.of(
                        new Source("article", "The seed article", "A. Writer", "Labor Notes", "2019", "https://example.org/a",
                                null),
                        new Source("book", "A history of the alliance", null, null, null, null, "chapter 3")),
                entities(), relationships(), stories());
    }

    public static List<Entity> entities() {
        return List.of(
                new Entity("ue", EntityType.UNION, "United Electrical, Radio and Machine Workers of America",
                        List.of("UE"), List.of("US"), date("1936"), null, "An independent, rank-and-file union.",
                        List.of("article"), List.of("independent", "rank-and-file")),
                entity("fat", EntityType.UNION, "Frente Auténtico del Trabajo",
                        List.of("FAT", "Authentic Labor Front"), "1960", null,
                        "Mexican independent labor federation.", List.of("article", "book")),
                entity("alliance", EntityType.ALLIANCE, "Strategic Organizing Alliance", List.of(), "1992", null,
                        "Cross-border alliance of UE and the Frente Auténtico del Trabajo.", List.of("book")),
                entity("bertha", EntityType.PERSON, "Bertha Luján", List.of(), null, null,
                        "Coordinator at the FAT.", List.of()),
                entity("echlin-campaign", EntityType.CAMPAIGN, "Echlin workers campaign", List.of(), "1997", "1998",
                        null, List.of("article")),
                entity("echlin", EntityType.ORGANIZATION, "Echlin Inc.", List.of(), "1959", null,
                        "Auto parts maker.", List.of()),
                entity("nafta-complaint", EntityType.EVENT, "NAFTA labor complaint", List.of(), "1994-02", null,
                        "Complaint under the labor side agreement.", List.of("article")),
                entity("office", EntityType.ORGANIZATION, "Workers' office", List.of("Oficina obrera"), null, null,
                        null, List.of()));
    }

    public static List<Relationship> relationships() {
        return List.of(
                relationship("fat-in-alliance", true, "member_of", "fat", "alliance", null, "1992", null,
                        List.of("book")),
                relationship("ue-in-alliance", true, "member_of", "ue", "alliance", null, "1992", null,
                        List.of("book")),
                relationship("r3", false, "leads", "bertha", "fat", "coordinator", "1995", null, List.of("article")),
                relationship("alliance-organizes", true, "organizes", "alliance", "echlin-campaign", null, "1997",
                        "1998", List.of()),
                relationship("campaign-targets", true, "targets", "echlin-campaign", "echlin", null, "1997-05",
                        "1998-12", List.of()),
                new Relationship("ue-files", true, "files", "ue", "nafta-complaint", null, date("1994-02-14"), null,
                        "Filed with the Mexican national office.", List.of("article")),
                relationship("r7", false, "partner_of", "ue", "fat", null, null, null, List.of()));
    }

    public static List<Story> stories() {
        return List.of(new Story("founding", "How the alliance began", "From NAFTA to the alliance.", List.of(
                new StoryStep("Two unions", "UE and FAT meet.", "Pause here.", PartialDate.ofYear(1990),
                        PartialDate.parse("1992-06").orElseThrow(), List.of("ue", "fat"),
                        Optional.of(Set.of(EntityType.UNION, EntityType.ALLIANCE)), Optional.empty(), Optional.of(1)),
                new StoryStep("The campaign", null, null, null, null, List.of(), Optional.empty(),
                        Optional.of(Set.of("organizes", "targets")), Optional.empty()))));
    }

    /** Another, smaller dataset to replace the first one with. */
    public static Dataset other() {
        return new Dataset("Another history", null, "es", List.of(),
                List.of(
                        entity("a", EntityType.UNION, "Sindicato A", List.of(), "2000", null, null, List.of()),
                        entity("b", EntityType.PERSON, "Persona B", List.of(), null, null, null, List.of()),
                        entity("c", EntityType.EVENT, "Huelga C", List.of(), "2001-03-02", null, null, List.of())),
                List.of(
                        relationship("x", true, "member_of", "b", "a", null, null, null, List.of()),
                        relationship("y", false, "participates_in", "b", "c", null, null, null, List.of()),
                        relationship("z", true, "organizes", "a", "c", null, "2001", null, List.of())),
                List.of());
    }

    public static Entity entity(String id, EntityType type, String name, List<String> aliases, String start, String end,
            String description, List<String> sources) {
        return new Entity(id, type, name, aliases, List.of(), date(start), date(end), description, sources,
                List.of());
    }

    public static Relationship relationship(String id, boolean idGiven, String type, String from, String to, String role,
            String start, String end, List<String> sources) {
        return new Relationship(id, idGiven, type, from, to, role, date(start), date(end), null, sources);
    }

    private static PartialDate date(String written) {
        return written == null ? null : PartialDate.parse(written).orElseThrow();
    }
}
