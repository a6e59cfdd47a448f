package org.solidarityatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.store.QueryResult;

class QueryJsonTest {

    @Test
    void writesOneObjectPerRowInColumnOrder() {
        QueryResult result = new QueryResult(List.of("type", "count"), List.of(
                List.of("union", 12L),
                List.of("event", 3L)));

        assertEquals("""
                [
                  {"type": "union", "count": 12},
                  {"type": "event", "count": 3}
                ]
                """, QueryJson.render(result));
    }

    @Test
    void escapesQuotesBackslashesAndControlCharactersButKeepsAccents() {
        QueryResult result = new QueryResult(List.of("name"), List.of(
                List.of("Frente Auténtico \"FAT\"\\\n\t\u0001")));

        assertEquals("[\n  {\"name\": \"Frente Auténtico \\\"FAT\\\"\\\\\\n\\t\\u0001\"}\n]\n",
                QueryJson.render(result));
    }

    @Test
    void writesNullsBooleansListsMapsAndNonFiniteNumbersAsText() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", "ue");
        map.put("score", 1.5);
        QueryResult result = new QueryResult(List.of("a", "b", "c", "d", "e"), List.of(
                Arrays.asList(null, true, List.of("FAT", 2L), map, Double.NaN)));

        assertEquals("""
                [
                  {"a": null, "b": true, "c": ["FAT", 2], "d": {"id": "ue", "score": 1.5}, "e": "NaN"}
                ]
                """, QueryJson.render(result));
    }

    @Test
    void writesAnEmptyArrayForNoRows() {
        assertEquals("[]\n", QueryJson.render(new QueryResult(List.of("x"), List.of())));
    }
}
