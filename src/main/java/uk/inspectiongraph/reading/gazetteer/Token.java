package uk.inspectiongraph.reading.gazetteer;

/**
 * One word of a text: its lower-case form without apostrophes ({@code &} reads as {@code and}),
 * where it stands (character offsets, end exclusive, and line number) and whether it was written
 * with a capital letter.
 */
record Token(String word, int start, int end, int line, boolean capitalised) {
}
