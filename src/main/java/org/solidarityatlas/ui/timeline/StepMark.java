package org.solidarityatlas.ui.timeline;

/** A story step shown on the timeline while stories are edited: clicking it goes to that step's window. */
public record StepMark(int index, String title, int fromYear, int toYear) {
}
