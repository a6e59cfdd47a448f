package org.solidarityatlas.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.solidarityatlas.format.DatasetWriter;
import org.solidarityatlas.format.WorkbookWriter;
import org.solidarityatlas.model.Dataset;

/** The file formats the dataset exports to, told apart by the file name's extension. */
public enum DatasetExport {
    JSON("Solidarity Atlas dataset", "json"),
    GRAPHML("GraphML (yEd, Cytoscape, NetworkX)", "graphml"),
    GEXF("GEXF 1.2 (Gephi)", "gexf"),
    XLSX("Excel workbook (Excel, LibreOffice; imports back)", "xlsx");

    private final String description;
    private final String extension;

    DatasetExport(String description, String extension) {
        this.description = description;
        this.extension = extension;
    }

    public String description() {
        return description;
    }

    public String extension() {
        return extension;
    }

    public static Optional<DatasetExport> forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (DatasetExport format : values()) {
            if (name.endsWith("." + format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** Writes the dataset atomically (each writer goes through a temporary file). */
    public void write(Dataset dataset, Path file) throws IOException {
        switch (this) {
            case JSON -> new DatasetWriter().write(dataset, file);
            case GRAPHML -> new GraphMlWriter().write(dataset, file);
            case GEXF -> new GexfWriter().write(dataset, file);
            case XLSX -> new WorkbookWriter().write(dataset, file);
        }
    }
}
