package uk.inspectiongraph.reading;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * Walks a PDF's page tree, without recursion, before PDFBox iterates it (recursively): a tree nested
 * thousands of levels deep would overflow the thread's stack, one that loops back on itself would be
 * walked in circles, and one with more pages than allowed whatever its {@code /Count} says is
 * refused as soon as the pages found pass the limit.
 */
final class PageTreeCheck {

	private static final int MAX_DEPTH = 256;

	private PageTreeCheck() {
	}

	/** Refuses the tree under {@code root} if it is too deep, loops, or holds too many pages. */
	static void check(COSDictionary root, ReadingBudget budget) {
		Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<Node> todo = new ArrayDeque<>();
		todo.push(new Node(root, 1));
		int pages = 0;
		while (!todo.isEmpty()) {
			Node node = todo.pop();
			if (!seen.add(node.dictionary())) {
				throw new ExtractionException("corrupt PDF: its page tree loops back on itself");
			}
			if (node.depth() > MAX_DEPTH) {
				throw new ExtractionException("corrupt PDF: its page tree is nested over " + MAX_DEPTH + " levels deep");
			}
			COSArray kids = node.dictionary().getCOSArray(COSName.KIDS);
			if (kids == null) {
				budget.checkPages(++pages);
				continue;
			}
			budget.checkTime();
			for (int i = 0; i < kids.size(); i++) {
				COSBase kid = kids.getObject(i);
				if (kid instanceof COSDictionary dictionary) {
					todo.push(new Node(dictionary, node.depth() + 1));
				}
			}
		}
	}

	private record Node(COSDictionary dictionary, int depth) {
	}
}
