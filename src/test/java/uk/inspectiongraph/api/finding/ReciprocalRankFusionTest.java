package uk.inspectiongraph.api.finding;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Reciprocal-rank fusion: agreement between the rankings beats one ranking's first place. */
class ReciprocalRankFusionTest {

	@Test
	void anItemBothRankingsHoldComesBeforeEitherRankingsFirstAlone() {
		List<ReciprocalRankFusion.Fused> fused = ReciprocalRankFusion.fuse(
				List.of(List.of("meaning-only", "both"), List.of("words-only", "both")), 10);

		assertThat(fused).extracting(ReciprocalRankFusion.Fused::id).containsExactly("both", "meaning-only", "words-only");
		assertThat(fused.get(0).score()).isCloseTo(2.0 / 62, within(1e-12));
		assertThat(fused.get(1).score()).isCloseTo(1.0 / 61, within(1e-12));
	}

	@Test
	void keepsTheFirstItemsAndTiesGoByIdSoTheAnswerIsStable() {
		assertThat(ReciprocalRankFusion.fuse(List.of(List.of("b", "c"), List.of("a")), 2))
			.extracting(ReciprocalRankFusion.Fused::id).containsExactly("a", "b");
		assertThat(ReciprocalRankFusion.fuse(List.of(List.of(), List.of()), 5)).isEmpty();
	}
}
