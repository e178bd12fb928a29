package uk.inspectiongraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks the copy tests share: a publication's five files ingested (one by one or in one
 * batch) leave the graph as the whole file alone would, whichever order they arrive in.
 */
record CopyChecks(IngestService ingest, PublicationFacts facts) {

	/** What the whole file alone gives the event: judgements per area and findings. */
	record Single(Map<String, Long> judgements, long findings) {
	}

	/** Ingests the whole file alone, notes what the event holds, and takes it out again. */
	Single single(CopyVariants variants, String eventKey) {
		DocumentOutcome outcome = ingest.ingest(CopyVariants.WHOLE, variants.get(CopyVariants.WHOLE));
		assertThat(outcome.status()).as(String.valueOf(outcome.reason())).isEqualTo(DocumentOutcome.Status.INGESTED);
		assertThat(outcome.warnings()).isEmpty();
		Single single = new Single(facts.judgementsPerArea(eventKey, "INSPECTION_REPORT"), facts.findings(eventKey));
		assertThat(single.judgements()).isNotEmpty().allSatisfy((area, count) -> assertThat(count).isEqualTo(1));
		assertThat(single.findings()).isPositive();
		assertThat(ingest.delete(outcome.contentHash())).isTrue();
		return single;
	}

	/** Ingests the files one upload at a time in this order, checks the graph, and deletes the publication. */
	void oneByOne(CopyVariants variants, List<String> order, String eventKey, Single single) {
		List<DocumentOutcome> outcomes = new ArrayList<>();
		for (String name : order) {
			outcomes.add(ingest.ingest(name, variants.get(name)));
		}
		check(variants, outcomes, eventKey, single);
	}

	/** Checks what the outcomes and the graph say of the five files, re-uploads them, and deletes them. */
	void check(CopyVariants variants, List<DocumentOutcome> outcomes, String eventKey, Single single) {
		assertThat(outcomes).extracting(DocumentOutcome::status).doesNotContain(DocumentOutcome.Status.FAILED);
		Map<String, DocumentOutcome> byFile = byFile(outcomes);
		List<String> hashes = outcomes.stream().map(DocumentOutcome::contentHash).distinct().toList();
		assertThat(hashes).hasSize(CopyVariants.NAMES.size());
		List<String> holders = facts.holders(hashes);
		assertThat(holders).as("documents holding facts").hasSize(1);
		String holder = holders.get(0);
		assertThat(holder).as("the truncated file does not hold the facts")
			.isNotEqualTo(byFile.get(CopyVariants.TRUNCATED).contentHash());
		assertThat(facts.copiesOf(holder, hashes)).as("copies recorded").hasSize(CopyVariants.NAMES.size() - 1);
		assertThat(facts.judgementsPerArea(eventKey, "INSPECTION_REPORT")).isEqualTo(single.judgements());
		assertThat(facts.findings(eventKey)).isEqualTo(single.findings());
		assertThat(byFile.get(CopyVariants.TRUNCATED).warnings()).anySatisfy(warning -> assertThat(warning)
			.startsWith("incomplete PDF"));
		outcomes.stream().filter(outcome -> outcome.status() == DocumentOutcome.Status.COPY).forEach(copy -> {
			assertThat(copy.reason()).startsWith("copy of '");
			assertThat(copy.copyOf()).isNotNull();
		});
		reuploadsAreUnchanged(variants, holder);
		assertThat(ingest.delete(holder)).isTrue();
		assertThat(facts.documents(hashes)).as("the holder's copies go with it").isZero();
		assertThat(facts.count("MATCH (e:Event {key: $key}) RETURN count(e)", Map.of("key", eventKey))).isZero();
	}

	private void reuploadsAreUnchanged(CopyVariants variants, String holder) {
		for (String name : CopyVariants.NAMES) {
			DocumentOutcome again = ingest.ingest(name, variants.get(name));
			assertThat(again.status()).as(name).isEqualTo(DocumentOutcome.Status.UNCHANGED);
			if (!again.contentHash().equals(holder)) {
				assertThat(again.copyOf().hash()).as(name + " says whose copy it is").isEqualTo(holder);
				assertThat(again.reason()).startsWith("copy of '");
			}
		}
	}

	private static Map<String, DocumentOutcome> byFile(List<DocumentOutcome> outcomes) {
		return outcomes.stream()
			.collect(java.util.stream.Collectors.toMap(DocumentOutcome::file, Function.identity(), (a, b) -> a));
	}
}
