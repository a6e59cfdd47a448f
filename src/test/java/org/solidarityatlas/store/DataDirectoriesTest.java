package org.solidarityatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoriesTest {

    @Test
    void xdgDataHomeIsUsedWhenSet() {
        assertEquals(Path.of("/data/me/solidarity-atlas"),
                DataDirectories.defaultDirectory(Map.of("XDG_DATA_HOME", "/data/me"), "/home/me"));
    }

    @Test
    void homeLocalShareIsUsedWithoutXdgDataHome() {
        assertEquals(Path.of("/home/me/.local/share/solidarity-atlas"),
                DataDirectories.defaultDirectory(Map.of(), "/home/me"));
    }

    @Test
    void relativeXdgDataHomeIsIgnoredAsTheSpecificationSays() {
        assertEquals(Path.of("/home/me/.local/share/solidarity-atlas"),
                DataDirectories.defaultDirectory(Map.of("XDG_DATA_HOME", "relative/dir"), "/home/me"));
    }
}
