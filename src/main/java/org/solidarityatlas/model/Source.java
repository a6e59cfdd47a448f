package org.solidarityatlas.model;

/** A reference that entities and relationships cite. Optional fields are null when absent; translations hold title and note. */
public record Source(String id, String title, String author, String publisher, String date, String url, String note,
        Translations translations) {

    public Source {
        Require.text(id, "source id");
        Require.text(title, "source title");
        translations = Translations.orNone(translations);
    }

    /** A source without translations. */
    public Source(String id, String title, String author, String publisher, String date, String url, String note) {
        this(id, title, author, publisher, date, url, note, Translations.NONE);
    }
}
