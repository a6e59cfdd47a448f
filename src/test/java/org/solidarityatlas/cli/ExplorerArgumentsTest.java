package org.solidarityatlas.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which command lines start loading the explorer's classes ahead (see {@code WindowClasses}). */
class ExplorerArgumentsTest {

    @Test
    void noArgumentsOpenTheExplorer() {
        assertTrue(AtlasCommand.opensExplorer(new String[0]));
    }

    @Test
    void aDataDirectoryAndAFileOpenTheExplorer() {
        assertTrue(AtlasCommand.opensExplorer(new String[] {"--db", "/tmp/atlas", "my-history.atlas.json"}));
    }

    @Test
    void aSubcommandDoesNotOpenTheExplorer() {
        assertFalse(AtlasCommand.opensExplorer(new String[] {"--db", "/tmp/atlas", "validate", "x.json"}));
        assertFalse(AtlasCommand.opensExplorer(new String[] {"bench", "--only", "startup"}));
    }

    @Test
    void helpAndVersionDoNotOpenTheExplorer() {
        assertFalse(AtlasCommand.opensExplorer(new String[] {"--version"}));
        assertFalse(AtlasCommand.opensExplorer(new String[] {"-h"}));
        assertFalse(AtlasCommand.opensExplorer(new String[] {"help"}));
    }
}
