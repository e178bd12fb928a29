package uk.inspectiongraph.theme;

import uk.inspectiongraph.theme.ImprovementItemReader.Block;
import uk.inspectiongraph.theme.ImprovementItemReader.Line;

/** Accumulates the lines of one improvement item into its text and extent. */
final class ItemBuilder {

	private final StringBuilder text = new StringBuilder();

	private final int start;

	private int end;

	ItemBuilder(Line first, String firstText) {
		this.start = first.start();
		append(first, firstText);
	}

	void add(Line line) {
		append(line, line.text());
	}

	private void append(Line line, String t) {
		if (!t.isEmpty()) {
			text.append(text.length() == 0 ? "" : " ").append(t);
		}
		end = line.start() + line.text().length();
	}

	boolean complete() {
		return ImprovementItemReader.complete(text.toString().strip());
	}

	Block build() {
		return new Block(text.toString().strip(), start, Math.max(start, end));
	}
}
