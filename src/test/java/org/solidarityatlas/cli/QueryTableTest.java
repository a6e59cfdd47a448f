package org.solidarityatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.store.QueryResult;

class QueryTableTest {

    @Test
    void alignsColumnsAndRightAlignsNumbers() {
        QueryResult result = new QueryResult(List.of("type", "count"), List.of(
                List.of("union", 12L),
                List.of("organization", 3L)));

        assertEquals("""
                type          count
                ------------  -----
                union            12
                organization      3
                (2 rows)
                """, QueryTable.render(result));
    }

    @Test
    void measuresAccentedTextByCharactersNotBytes() {
        QueryResult result = new QueryResult(List.of("name", "n"), List.of(
                List.of("Frente Auténtico", 1L),
                List.of("UE", 22L)));

        assertEquals("""
                name              n
                ----------------  --
                Frente Auténtico   1
                UE                22
                (2 rows)
                """, QueryTable.render(result));
    }

    @Test
    void writesNullsListsAndMapsAndKeepsEachRowOnOneLine() {
        QueryResult result = new QueryResult(List.of("value"), List.of(
                Arrays.asList((Object) null),
                List.of(List.of("FAT", "UE")),
                List.of(Map.of("id", "ue")),
                List.of("two\nlines")));

        assertEquals("""
                value
                ---------
                null
                [FAT, UE]
                {id: ue}
                two lines
                (4 rows)
                """, QueryTable.render(result));
    }

    @Test
    void countsASingleRowInTheSingular() {
        QueryResult result = new QueryResult(List.of("x"), List.of(List.of(1L)));

        assertEquals("x\n-\n1\n(1 row)\n", QueryTable.render(result));
    }

    @Test
    void rowsLeftOutByTheLimitAreCountedAfterTheTable() {
        QueryResult result = new QueryResult(List.of("n"), List.of(List.of(1L), List.of(2L)), 12_345);

        assertEquals("""
                n
                -
                1
                2
                … and 12,345 more rows
                (2 rows shown)
                """, QueryTable.render(result));
    }
}
