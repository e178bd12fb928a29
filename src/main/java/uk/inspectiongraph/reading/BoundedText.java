package uk.inspectiongraph.reading;

import java.io.Writer;

/**
 * Where extracted text is written: a string that refuses, through its {@link ReadingBudget}, to
 * grow past the character limit, so text is never held beyond the limit before it is refused.
 */
final class BoundedText extends Writer {

	private final StringBuilder text = new StringBuilder();

	private final ReadingBudget budget;

	BoundedText(ReadingBudget budget) {
		this.budget = budget;
	}

	@Override
	public void write(char[] chars, int offset, int length) {
		budget.spendCharacters(length);
		text.append(chars, offset, length);
	}

	@Override
	public void write(String string, int offset, int length) {
		budget.spendCharacters(length);
		text.append(string, offset, offset + length);
	}

	@Override
	public void flush() {
		// Nothing is buffered.
	}

	@Override
	public void close() {
		// Nothing to release.
	}

	@Override
	public String toString() {
		return text.toString();
	}
}
