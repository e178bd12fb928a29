package uk.inspectiongraph.web;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import uk.inspectiongraph.EmbeddedGraphTest;
import uk.inspectiongraph.ingest.DocumentOutcome;
import uk.inspectiongraph.ingest.IngestService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JTAI on the authority page, in headless Chromium: a made-up JTAI letter about Barnsley is
 * ingested into the demo corpus, and the page's timeline shows the event with its deep dive and
 * inspectorates; the filters offer JTAI as an event kind. The letter and what it brought are
 * removed afterwards. Screenshot: target/screenshots/dashboard-authority-jtai.
 */
@EmbeddedGraphTest
class JointDashboardBrowserTest extends DashboardPageTest {

	private static final String WITHOUT_JOINT_NODES = "MATCH (n) WHERE n:Inspectorate OR n:DeepDive DETACH DELETE n";

	@Autowired
	IngestService ingest;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void authorityTimelineShowsTheJtaiWithItsDeepDiveAndInspectorates() throws IOException {
		DocumentOutcome outcome = ingest.ingest("barnsley-jtai-letter.txt", letter());
		try {
			open("/#/authority/Barnsley", "Inspectorates: Ofsted, Care Quality Commission, "
					+ "HM Inspectorate of Constabulary and Fire & Rescue Services");
			chromium.screenshot("dashboard-authority-jtai");
			String page = chromium.driver().findElement(MAIN).getText();
			assertThat(page).contains("JTAI, 17 April 2023", "Focus: Serious youth violence");

			open("/#/themes?kind=JTAI", "Event kind");
			assertThat(new Select(chromium.driver().findElement(By.cssSelector("select[name=kind]")))
				.getFirstSelectedOption().getText()).isEqualTo("JTAI");
		}
		finally {
			ingest.delete(outcome.contentHash());
			neo4j.query(WITHOUT_JOINT_NODES).run();
		}
	}

	private static byte[] letter() throws IOException {
		try (InputStream in = JointDashboardBrowserTest.class.getResourceAsStream("/joint/barnsley-jtai-letter.txt")) {
			return in.readAllBytes();
		}
	}
}
