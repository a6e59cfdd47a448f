package org.solidarityatlas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.solidarityatlas.export.GexfWriter;
import org.solidarityatlas.export.GraphMlWriter;
import org.solidarityatlas.format.DatasetWriter;
import org.solidarityatlas.model.Dataset;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The file formats {@code atlas export} writes; every one writes atomically. */
enum ExportFormat {
    JSON {
        @Override
        void write(Dataset dataset, Path file) throws IOException {
            new DatasetWriter().write(dataset, file);
        }
    },
    GRAPHML {
        @Override
        void write(Dataset dataset, Path file) throws IOException {
            new GraphMlWriter().write(dataset, file);
        }
    },
    GEXF {
        @Override
        void write(Dataset dataset, Path file) throws IOException {
            new GexfWriter().write(dataset, file);
        }
    };

    abstract void write(Dataset dataset, Path file) throws IOException;

    /** The spelling on the command line: "json", "graphml", "gexf". */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static String choices() {
        return Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "));
    }

    /** Reads the lowercase spelling; anything else is a usage error naming the choices. */
    static final class Converter implements ITypeConverter<ExportFormat> {

        @Override
        public ExportFormat convert(String value) {
            for (ExportFormat format : values()) {
                if (format.id().equals(value.toLowerCase(Locale.ROOT))) {
                    return format;
                }
            }
            throw new TypeConversionException("unknown format '" + value + "' (choose one of " + choices() + ")");
        }
    }
}
