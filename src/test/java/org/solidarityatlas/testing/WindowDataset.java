package org.solidarityatlas.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.EntityType;

/**
 * A made-up dataset bigger than the network's drawing cap of 10,000, whose answers follow from how it is made:
 * <ul>
 *   <li>{@value #DATED} dated entities {@code e0}… : {@code e<i>} is a union when i is even, else a person, and is
 *       active in the single year 1900 + i % 100;</li>
 *   <li>{@value #UNDATED} undated organizations {@code u0}…;</li>
 *   <li>a chain of undated {@code member_of} relationships {@code c<i>} from {@code e<i>} to {@code e<i+1>} for
 *       i from {@value #CHAIN_START} to the last dated entity, so the last hundred entities, late in the file,
 *       are the most connected; every other entity has no relationship.</li>
 * </ul>
 */
public final class WindowDataset {

    public static final int DATED = 10_400;
    public static final int UNDATED = 300;
    public static final int CHAIN_START = DATED - 100;

    private WindowDataset() {
    }

    public static Dataset dataset() {
        Datasets dataset = new Datasets();
        for (int i = 0; i < DATED; i++) {
            String year = String.valueOf(year(i));
            dataset.entity("e" + i, i % 2 == 0 ? EntityType.UNION : EntityType.PERSON, "Entity " + i, year, year);
        }
        for (int i = 0; i < UNDATED; i++) {
            dataset.entity("u" + i, EntityType.ORGANIZATION, "Undated " + i, null, null);
        }
        for (int i = CHAIN_START; i < DATED - 1; i++) {
            dataset.relationship("c" + i, "member_of", "e" + i, "e" + (i + 1), null, null);
        }
        return dataset.build();
    }

    public static int year(int i) {
        return 1900 + i % 100;
    }

    /** The dated entities active from {@code from} to {@code to} whose index passes the test, by id. */
    public static List<String> datedIds(int from, int to, java.util.function.IntPredicate index) {
        List<String> ids = new ArrayList<>();
        IntStream.range(0, DATED).filter(i -> year(i) >= from && year(i) <= to).filter(index)
                .forEach(i -> ids.add("e" + i));
        return ids;
    }
}
