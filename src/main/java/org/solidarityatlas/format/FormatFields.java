package org.solidarityatlas.format;

import java.util.List;

/** The field names of format version 1, per kind of object, in the order files are written in. */
final class FormatFields {

    static final String FORMAT = "solidarity-atlas/1";

    static final List<String> DATASET = List.of(
            "format", "title", "description", "language", "translations", "sources", "entities", "relationships", "stories");
    static final List<String> SOURCE = List.of("id", "title", "author", "publisher", "date", "url", "note", "translations");
    static final List<String> ENTITY = List.of(
            "id", "type", "name", "aliases", "countries", "start", "end", "description", "sources", "tags", "translations");
    static final List<String> RELATIONSHIP = List.of(
            "id", "type", "from", "to", "role", "start", "end", "description", "sources", "translations");
    static final List<String> STORY = List.of("id", "title", "description", "steps", "translations");
    static final List<String> STEP = List.of(
            "title", "text", "notes", "from", "to", "focus", "types", "relationshipTypes", "depth", "translations");

    private FormatFields() {
    }
}
