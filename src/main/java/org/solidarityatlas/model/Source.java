package org.solidarityatlas.model;

/** A reference that entities and relationships cite. Optional fields are null when absent. */
public record Source(String id, String title, String author, String publisher, String date, String url, String note) {

    public Source {
        Require.text(id, "source id");
        Require.text(title, "source title");
    }
}
