package org.solidarityatlas.graph;

import java.util.AbstractSet;
import java.util.BitSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

/**
 * The ids of some of a loaded graph's entities (or relationships), held as a bit per item index: an unmodifiable
 * set that a filter move builds in one pass over primitive arrays, where a hash set would hash every id of up to
 * hundreds of thousands on each move. Lookups by id go through the graph's index; two sets of the same graph's
 * items compare bit by bit.
 */
final class ItemIds extends AbstractSet<String> {

    private final List<?> items;
    private final IntFunction<String> idAt;
    private final Map<String, Integer> index;
    private final BitSet members;
    private final int size;

    /** The items whose indexes are set in {@code members} (which this set owns from now on). */
    ItemIds(List<?> items, IntFunction<String> idAt, Map<String, Integer> index, BitSet members) {
        this.items = items;
        this.idAt = idAt;
        this.index = index;
        this.members = members;
        this.size = members.cardinality();
    }

    /** The first item index in the set from {@code from} on, or -1 when there is none. */
    int nextIndex(int from) {
        return members.nextSetBit(from);
    }

    /** True when this set holds items of {@code graphItems}, so its indexes are that list's. */
    boolean indexes(List<?> graphItems) {
        return items == graphItems;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String id)) {
            return false;
        }
        Integer i = index.get(id);
        return i != null && members.get(i);
    }

    @Override
    public boolean containsAll(Collection<?> c) {
        if (c instanceof ItemIds other && other.items == items) {
            BitSet outside = (BitSet) other.members.clone();
            outside.andNot(members);
            return outside.isEmpty();
        }
        return super.containsAll(c);
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof ItemIds other && other.items == items) {
            return members.equals(other.members);
        }
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next = members.nextSetBit(0);

            @Override
            public boolean hasNext() {
                return next >= 0;
            }

            @Override
            public String next() {
                if (next < 0) {
                    throw new NoSuchElementException();
                }
                String id = idAt.apply(next);
                next = members.nextSetBit(next + 1);
                return id;
            }
        };
    }
}
