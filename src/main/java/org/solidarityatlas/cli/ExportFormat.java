package org.solidarityatlas.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.solidarityatlas.export.DatasetExport;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --format}: a format's file extension ("json", "graphml", "gexf"), in any case. */
final class ExportFormat implements ITypeConverter<DatasetExport> {

    static String choices() {
        return Arrays.stream(DatasetExport.values()).map(DatasetExport::extension).collect(Collectors.joining(", "));
    }

    @Override
    public DatasetExport convert(String value) {
        for (DatasetExport format : DatasetExport.values()) {
            if (format.extension().equals(value.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new TypeConversionException("unknown format '" + value + "' (choose one of " + choices() + ")");
    }
}
