package org.solidarityatlas.ui.network;

import java.util.ArrayList;
import java.util.List;

import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Subgraph;

/** Networks built from model records for the view's tests and its demo. */
final class SampleNetwork {

    private final List<Entity> entities = new ArrayList<>();
    private final List<Relationship> relationships = new ArrayList<>();

    SampleNetwork entity(String id, EntityType type, String name, String start, String end, String... aliases) {
        entities.add(new Entity(id, type, name, List.of(aliases), List.of(), date(start), date(end), null,
                List.of(), List.of()));
        return this;
    }

    SampleNetwork link(String id, String type, String from, String to) {
        relationships.add(new Relationship(id, true, type, from, to, null, null, null, null, List.of()));
        return this;
    }

    Subgraph subgraph() {
        return new Subgraph(entities, relationships);
    }

    private static PartialDate date(String text) {
        return text == null ? null : PartialDate.parse(text).orElseThrow();
    }

    /** Five entities, four relationships: a small alliance with a campaign, a person and an event. */
    static Subgraph small() {
        return new SampleNetwork()
                .entity("ue", EntityType.UNION, "United Electrical, Radio and Machine Workers of America", "1936",
                        null, "UE")
                .entity("fat", EntityType.UNION, "Frente Auténtico del Trabajo", "1960", null, "FAT")
                .entity("soa", EntityType.ALLIANCE, "Strategic Organizing Alliance", "1992", null)
                .entity("nao", EntityType.CAMPAIGN, "NAFTA labor complaints", "1994", "1995")
                .entity("loner", EntityType.PERSON, "Unconnected Person", null, null)
                .link("r1", "member_of", "ue", "soa")
                .link("r2", "member_of", "fat", "soa")
                .link("r3", "ran", "soa", "nao")
                .link("r4", "partner_of", "ue", "fat")
                .subgraph();
    }

    /**
     * A generated network of {@code size} entities with about twice as many relationships, attached preferentially
     * so that a few hubs emerge, as in real datasets. Deterministic.
     */
    static Subgraph generated(int size) {
        java.util.Random random = new java.util.Random(7);
        SampleNetwork n = new SampleNetwork();
        EntityType[] types = {EntityType.PERSON, EntityType.PERSON, EntityType.PERSON, EntityType.PERSON,
                EntityType.PERSON, EntityType.ORGANIZATION, EntityType.UNION, EntityType.CAMPAIGN, EntityType.EVENT,
                EntityType.ALLIANCE};
        List<Integer> ends = new ArrayList<>();
        int r = 0;
        for (int i = 0; i < size; i++) {
            EntityType type = types[random.nextInt(types.length)];
            n.entity("e" + i, type, type.label() + " " + i, null, null);
            for (int k = 0; k < 2 && i > 0; k++) {
                // Mostly an end of an existing relationship (so well-linked entities gain more), sometimes anyone.
                int other = ends.isEmpty() || random.nextInt(4) == 0 ? random.nextInt(i)
                        : ends.get(random.nextInt(ends.size()));
                n.link("g" + r++, "linked_to", "e" + i, "e" + other);
                ends.add(i);
                ends.add(other);
            }
        }
        return n.subgraph();
    }

    /**
     * About sixty entities of the six types around a cross-border alliance, for looking at the view. Its shape is
     * modelled on the UE–FAT alliance, but it is not a history: most people and links here are made up for the
     * picture. The bundled dataset is the source for facts.
     */
    static Subgraph alliance() {
        SampleNetwork n = new SampleNetwork()
                .entity("ue", EntityType.UNION, "United Electrical, Radio and Machine Workers of America", "1936",
                        null, "UE")
                .entity("fat", EntityType.UNION, "Frente Auténtico del Trabajo", "1960", null, "FAT")
                .entity("stimahcs", EntityType.UNION,
                        "Sindicato de Trabajadores de la Industria Metálica, Acero, Hierro, Conexos y Similares",
                        "1990", null, "STIMAHCS")
                .entity("teamsters", EntityType.UNION, "International Brotherhood of Teamsters", "1903", null,
                        "Teamsters")
                .entity("cwa", EntityType.UNION, "Communications Workers of America", "1947", null, "CWA")
                .entity("usw", EntityType.UNION, "United Steelworkers", "1942", null, "USW")
                .entity("unifor", EntityType.UNION, "Unifor", "2013", null)
                .entity("cue", EntityType.UNION, "Canadian UE", "1937", "1992")
                .entity("soa", EntityType.ALLIANCE, "Strategic Organizing Alliance", "1992", null, "SOA")
                .entity("unt", EntityType.ALLIANCE, "Unión Nacional de Trabajadores", "1997", null, "UNT")
                .entity("mhrn", EntityType.ALLIANCE, "Mexico–US labor solidarity network", "2004", null,
                        "Solidarity network")
                .entity("tncn", EntityType.ALLIANCE, "Tri-national Coalition for Fair Trade", "1991", "1999",
                        "Tri-national coalition")
                .entity("cat", EntityType.ORGANIZATION, "Centro de Apoyo al Trabajador", "2001", null, "CAT")
                .entity("cilas", EntityType.ORGANIZATION, "Centro de Investigación Laboral y Asesoría Sindical",
                        null, null, "CILAS")
                .entity("ge", EntityType.ORGANIZATION, "General Electric", "1892", null, "GE")
                .entity("honeywell", EntityType.ORGANIZATION, "Honeywell", "1906", null)
                .entity("nao", EntityType.ORGANIZATION, "US National Administrative Office", "1994", "2020",
                        "NAO")
                .entity("stps", EntityType.ORGANIZATION, "Secretaría del Trabajo y Previsión Social", null, null,
                        "STPS")
                .entity("cfcrl", EntityType.ORGANIZATION, "Federal Centre for Conciliation and Labour Registration",
                        "2019", null, "CFCRL")
                .entity("uefund", EntityType.ORGANIZATION, "UE Research and Education Fund", null, null,
                        "UE Fund")
                .entity("labornotes", EntityType.ORGANIZATION, "Labor Notes", "1979", null)
                .entity("campaign-ge", EntityType.CAMPAIGN, "GE Juárez organizing drive", "1993", "1994",
                        "GE Juárez drive")
                .entity("campaign-honeywell", EntityType.CAMPAIGN, "Honeywell Chihuahua organizing drive",
                        "1993", "1994", "Honeywell drive")
                .entity("campaign-reform", EntityType.CAMPAIGN, "Campaign for labour law reform", "2015", "2019",
                        "Labour law reform")
                .entity("campaign-echlin", EntityType.CAMPAIGN, "Echlin workers' campaign", "1997", "1998",
                        "Echlin campaign")
                .entity("campaign-itapsa", EntityType.CAMPAIGN, "ITAPSA brake plant campaign", "1997", "1998",
                        "ITAPSA")
                .entity("campaign-exchange", EntityType.CAMPAIGN, "Worker-to-worker exchanges", "1993", null,
                        "Exchanges")
                .entity("campaign-murals", EntityType.CAMPAIGN, "Solidarity mural project", "1997", "2006",
                        "Murals")
                .entity("campaign-usmca", EntityType.CAMPAIGN, "Fair trade campaign on USMCA", "2017", "2019",
                        "USMCA campaign")
                .entity("ev-founding", EntityType.EVENT, "Alliance founding meeting", "1992-03", null,
                        "Founding")
                .entity("ev-complaint", EntityType.EVENT, "First complaints under the labour side agreement",
                        "1994-02", null, "First complaints")
                .entity("ev-hearing", EntityType.EVENT, "Public hearing in Washington", "1994-09", null,
                        "Hearing")
                .entity("ev-echlin", EntityType.EVENT, "Echlin complaint filed", "1997-12", null,
                        "Echlin complaint")
                .entity("ev-unt", EntityType.EVENT, "UNT founding congress", "1997-11", null, "UNT congress")
                .entity("ev-reform", EntityType.EVENT, "Labour reform enacted", "2019-05", null, "2019 reform")
                .entity("ev-usmca", EntityType.EVENT, "USMCA enters into force", "2020-07", null,
                        "USMCA in force")
                .entity("ev-votes", EntityType.EVENT, "First free union elections", "2021", "2023",
                        "Union elections")
                .entity("ev-convention", EntityType.EVENT, "UE convention", "1995-08", null, "UE convention")
                .entity("ev-tour", EntityType.EVENT, "FAT speaking tour", "1993", null, "Speaking tour")
                .entity("p-alexander", EntityType.PERSON, "Robin Alexander", null, null)
                .entity("p-lujan", EntityType.PERSON, "Bertha Luján", null, null)
                .entity("p-martinez", EntityType.PERSON, "Benedicto Martínez", null, null)
                .entity("p-hathaway", EntityType.PERSON, "Dale Hathaway", null, null)
                .entity("p-kingsolver", EntityType.PERSON, "Amy Kingsolver", null, null)
                .entity("p-ochoa", EntityType.PERSON, "Rosario Ochoa", null, null)
                .entity("p-sanchez", EntityType.PERSON, "Javier Sánchez", null, null)
                .entity("p-romero", EntityType.PERSON, "Elena Romero", null, null)
                .entity("p-kelly", EntityType.PERSON, "Maureen Kelly", null, null)
                .entity("p-rivera", EntityType.PERSON, "Tomás Rivera", null, null)
                .entity("p-wong", EntityType.PERSON, "Grace Wong", null, null)
                .entity("p-diaz", EntityType.PERSON, "Lucía Díaz", null, null)
                .entity("p-baker", EntityType.PERSON, "Carl Baker", null, null)
                .entity("p-mendoza", EntityType.PERSON, "Arturo Mendoza", null, null)
                .entity("p-frank", EntityType.PERSON, "Judith Frank", null, null)
                .entity("p-gomez", EntityType.PERSON, "Hilda Gómez", null, null)
                .entity("p-nolan", EntityType.PERSON, "Peter Nolan", null, null)
                .entity("p-vargas", EntityType.PERSON, "Marta Vargas", null, null)
                .entity("p-olsen", EntityType.PERSON, "Eric Olsen", null, null)
                .entity("p-castro", EntityType.PERSON, "Raúl Castro Ibarra", null, null, "R. Castro");

        String[][] links = {
                {"member_of", "ue", "soa"}, {"member_of", "fat", "soa"}, {"partner_of", "ue", "fat"},
                {"affiliate_of", "stimahcs", "fat"}, {"member_of", "fat", "unt"}, {"partner_of", "teamsters", "soa"},
                {"partner_of", "cwa", "fat"}, {"partner_of", "usw", "fat"}, {"partner_of", "unifor", "fat"},
                {"split_from", "cue", "ue"}, {"member_of", "ue", "tncn"}, {"member_of", "fat", "tncn"},
                {"member_of", "ue", "mhrn"}, {"member_of", "fat", "mhrn"}, {"member_of", "cat", "mhrn"},
                {"founded_by", "cilas", "fat"}, {"founded_by", "cat", "fat"}, {"funded_by", "cat", "uefund"},
                {"part_of", "uefund", "ue"}, {"ran", "soa", "campaign-ge"}, {"ran", "soa", "campaign-honeywell"},
                {"target_of", "ge", "campaign-ge"}, {"target_of", "honeywell", "campaign-honeywell"},
                {"ran", "fat", "campaign-reform"}, {"ran", "unt", "campaign-reform"},
                {"ran", "ue", "campaign-echlin"}, {"ran", "fat", "campaign-echlin"},
                {"ran", "stimahcs", "campaign-itapsa"}, {"ran", "soa", "campaign-exchange"},
                {"ran", "uefund", "campaign-murals"}, {"ran", "ue", "campaign-usmca"},
                {"ran", "teamsters", "campaign-usmca"}, {"part_of", "ev-founding", "soa"},
                {"part_of", "ev-complaint", "campaign-ge"}, {"part_of", "ev-complaint", "campaign-honeywell"},
                {"heard_by", "ev-hearing", "nao"}, {"filed_with", "ev-complaint", "nao"},
                {"part_of", "ev-echlin", "campaign-echlin"}, {"filed_with", "ev-echlin", "nao"},
                {"founded", "ev-unt", "unt"}, {"result_of", "ev-reform", "campaign-reform"},
                {"issued_by", "ev-reform", "stps"}, {"created", "ev-reform", "cfcrl"},
                {"result_of", "ev-usmca", "campaign-usmca"}, {"supervised_by", "ev-votes", "cfcrl"},
                {"follows", "ev-votes", "ev-reform"}, {"hosted_by", "ev-convention", "ue"},
                {"part_of", "ev-tour", "campaign-exchange"}, {"reported_by", "campaign-exchange", "labornotes"},
                {"staff_of", "p-alexander", "ue"}, {"leader_of", "p-lujan", "fat"},
                {"leader_of", "p-martinez", "fat"}, {"member_of", "p-martinez", "stimahcs"},
                {"author_about", "p-hathaway", "fat"}, {"staff_of", "p-kingsolver", "uefund"},
                {"organizer_of", "p-ochoa", "campaign-ge"}, {"organizer_of", "p-sanchez", "campaign-honeywell"},
                {"worker_at", "p-sanchez", "honeywell"}, {"worker_at", "p-ochoa", "ge"},
                {"staff_of", "p-romero", "cat"}, {"organizer_of", "p-romero", "campaign-reform"},
                {"member_of", "p-kelly", "ue"}, {"speaker_at", "p-kelly", "ev-hearing"},
                {"member_of", "p-rivera", "stimahcs"}, {"worker_at", "p-rivera", "campaign-itapsa"},
                {"member_of", "p-wong", "cwa"}, {"speaker_at", "p-wong", "ev-tour"},
                {"staff_of", "p-diaz", "cilas"}, {"member_of", "p-baker", "teamsters"},
                {"organizer_of", "p-baker", "campaign-usmca"}, {"member_of", "p-mendoza", "fat"},
                {"speaker_at", "p-mendoza", "ev-tour"}, {"speaker_at", "p-mendoza", "ev-convention"},
                {"painter_of", "p-frank", "campaign-murals"}, {"member_of", "p-gomez", "stimahcs"},
                {"organizer_of", "p-gomez", "campaign-echlin"}, {"staff_of", "p-nolan", "labornotes"},
                {"member_of", "p-vargas", "unt"}, {"speaker_at", "p-vargas", "ev-unt"},
                {"member_of", "p-olsen", "usw"}, {"speaker_at", "p-olsen", "ev-convention"},
                {"staff_of", "p-castro", "stps"}, {"member_of", "p-alexander", "soa"},
                {"speaker_at", "p-lujan", "ev-hearing"}, {"member_of", "p-lujan", "unt"},
        };
        for (int i = 0; i < links.length; i++) {
            n.link("r" + (i + 1), links[i][0], links[i][1], links[i][2]);
        }
        return n.subgraph();
    }
}
