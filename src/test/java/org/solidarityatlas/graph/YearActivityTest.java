package org.solidarityatlas.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.testing.Datasets;

class YearActivityTest {

    @Test
    void countsEachItemInEveryYearItsPeriodTouches() {
        YearActivity activity = new Datasets()
                .entity("a", EntityType.UNION, "A", "1990", "1992")
                .entity("b", EntityType.UNION, "B", "1991", null)
                .entity("c", EntityType.EVENT, "C", "1994-05", null)
                .relationship("r", "member_of", "a", "b", "1991-06", "1991-07")
                .loaded().yearActivity();
        assertEquals(1990, activity.firstYear());
        assertEquals(1994, activity.lastYear());
        // 1990: a; 1991: a, b, r; 1992: a, b; 1993: b (ongoing); 1994: b, c.
        assertEquals(1, activity.activeIn(1990));
        assertEquals(3, activity.activeIn(1991));
        assertEquals(2, activity.activeIn(1992));
        assertEquals(1, activity.activeIn(1993));
        assertEquals(2, activity.activeIn(1994));
        assertEquals(0, activity.activeIn(1989));
        assertEquals(3, activity.mostActive());
    }

    @Test
    void countsUndatedItemsApart() {
        YearActivity activity = new Datasets()
                .entity("a", EntityType.UNION, "A", "1990", null)
                .entity("b", EntityType.UNION, "B", null, null)
                .entity("c", EntityType.PERSON, "C", null, null)
                .relationship("r", "member_of", "b", "c", null, null)
                .loaded().yearActivity();
        assertEquals(2, activity.undatedEntities());
        assertEquals(1, activity.undatedRelationships());
        assertEquals(3, activity.undated());
        assertEquals(1, activity.activeIn(1990));
    }

    @Test
    void commonYearsLeaveOutASingleEarlyOutlier() {
        Datasets data = new Datasets().entity("old", EntityType.PERSON, "Old", "1789", "1790");
        for (int year = 1990; year < 2020; year++) {
            data.entity("e" + year, EntityType.EVENT, "E" + year, Integer.toString(year), null);
        }
        YearActivity activity = data.loaded().yearActivity();
        assertEquals(1789, activity.firstYear());
        assertEquals(1990, activity.commonFirstYear());
        assertEquals(2018, activity.commonLastYear());
    }

    @Test
    void aDatasetWithoutDatesHasNoYears() {
        YearActivity activity = new Datasets().entity("a", EntityType.UNION, "A", null, null).loaded()
                .yearActivity();
        assertFalse(activity.dated());
        assertEquals(1, activity.undated());
    }
}
