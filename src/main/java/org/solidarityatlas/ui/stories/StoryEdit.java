package org.solidarityatlas.ui.stories;

/** One undoable change to a document's stories, run by {@link EditHistory}. */
public interface StoryEdit extends Edit {
}
