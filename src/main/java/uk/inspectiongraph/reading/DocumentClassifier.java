package uk.inspectiongraph.reading;

import uk.inspectiongraph.domain.Framework;
import uk.inspectiongraph.domain.DocumentKind;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import uk.inspectiongraph.reading.ofsted.AreaSendReport;
import uk.inspectiongraph.reading.ofsted.VisitDates;

/**
 * Decides what a document is from the structure of its text; the file name is not used, so a
 * renamed file classifies the same. Ofsted letters carry Ofsted's letterhead or sign-off and a
 * subject line ("Focused visit to ...", "Monitoring visit to ...", "Joint targeted area inspection
 * of ..."); reports carry "Inspection dates" with a judgement table or lead inspector; council
 * papers carry committee structure ("Cabinet", "Recommendation(s)", "Report Author", "Scrutiny
 * Panel") and no Ofsted letterhead. ILACS short and standard inspections are told apart by their
 * length on site (one week or two): the reports themselves do not name their type. An area SEND
 * report (Ofsted with CQC) is a report without a judgement table: its title ("Area SEND inspection
 * of ...") or its "Information about the local area partnership" and "Inspection outcome" sections
 * tell it apart; before 2023 the area SEND framework wrote letters ("Joint local area SEND
 * inspection in ...").
 */
public final class DocumentClassifier {

	private static final int HEAD = 4000;

	private static final int SHORT_INSPECTION_MAX_DAYS = 7;

	/** ILACS inspections began in January 2018; earlier reports without SIF structure are older frameworks. */
	private static final java.time.LocalDate ILACS_FROM = java.time.LocalDate.of(2018, 1, 1);

	private static final Pattern OFSTED_LETTERHEAD = Pattern.compile(
			"enquiries@ofsted\\.gov\\.uk|gov\\.uk/ofsted|Piccadilly\\s+Gate|Majesty.s\\s+Inspector", Pattern.CASE_INSENSITIVE);

	private static final Pattern SALUTATION = Pattern.compile("(?m)^[\\s*]*Dear\\s+\\S");

	private static final Pattern FOCUSED = subject("focused\\s+visit");

	private static final Pattern MONITORING = subject("monitoring\\s+visit");

	private static final Pattern JTAI = subject("joint\\s+targeted\\s+area\\s+inspection");

	/** The subject of an area SEND letter of the framework before 2023 (an inspection or a revisit). */
	private static final Pattern SEND_LETTER = subject("(?:joint\\s+)?local\\s+area\\s+SEND\\s+(?:inspection|revisit)");

	private static final Pattern REPORT = Pattern.compile("(?:Inspection\\s+dates?|Dates?\\s+of\\s+inspection)[\\s*]*:?"
			+ "[\\s\\S]{0,400}?(?:Lead\\s+inspector|Reporting\\s+inspector|Judgement|overall\\s+judgement|Children.s\\s+"
			+ "services\\s+in)", Pattern.CASE_INSENSITIVE);

	private static final Pattern LOCAL_AREA_PARTNERSHIP = Pattern.compile(
			"(?m)^[\\s*#]*Information\\s+about\\s+the\\s+local\\s+area\\s+partnership", Pattern.CASE_INSENSITIVE);

	private static final Pattern INSPECTION_OUTCOME = Pattern.compile("(?m)^[\\s*#]*Inspection\\s+outcome\\b",
			Pattern.CASE_INSENSITIVE);

	/** A report's title page that prints its lead inspector or headline judgement above its dates. */
	private static final Pattern REPORT_MARKER_FIRST = Pattern.compile("(?:Lead\\s+inspector|Reporting\\s+inspector|"
			+ "overall\\s+judgement|Children.s\\s+services\\s+in)[\\s\\S]{0,400}?(?:Inspection\\s+dates?|Dates?\\s+of\\s+"
			+ "inspection)[\\s*]*:?[\\s*]*\\d", Pattern.CASE_INSENSITIVE);

	private static final Pattern SIF = Pattern.compile("single\\s+inspection\\s+framework|Inspection\\s+of\\s+services\\s+"
			+ "for\\s+children\\s+in\\s+need\\s+of\\s+help|achieving\\s+permanence|Review\\s+of\\s+the\\s+effectiveness\\s+of\\s+the\\s+"
			+ "Local\\s+Safeguarding|Leadership,\\s+management\\s+and\\s+governance",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ILACS_TABLE = Pattern.compile("impact\\s+of\\s+leaders\\s+on\\s+social\\s+work",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern COUNCIL = Pattern.compile("(?m)^[\\s*#-]*(?:Cabinet|Recommendations?(?:\\(s\\))?|Report\\s+"
			+ "Authors?|Portfolio\\s+Holder|Agenda\\s+Item|Purpose\\s+of\\s+(?:the\\s+)?report)\\b|\\bScrutiny\\s+(?:Panel|"
			+ "Committee|Board)\\b|\\bOverview\\s+and\\s+Scrutiny\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern REPORT_STRUCTURE = Pattern.compile("(?m)^[\\s*#-]*(?:Cabinet|Recommendations?(?:\\(s\\))?"
			+ "|Report\\s+Authors?|Purpose\\s+of\\s+(?:the\\s+)?report|\\d+\\.\\s+Background)\\b", Pattern.CASE_INSENSITIVE);

	/** Classifies a document; {@code fileName} is accepted for callers but not relied on. */
	public Classification classify(String fileName, String text) {
		String head = text.substring(0, Math.min(text.length(), HEAD));
		boolean ofsted = OFSTED_LETTERHEAD.matcher(text).find() || head.toLowerCase(Locale.ROOT).contains("ofsted");
		boolean letter = ofsted && SALUTATION.matcher(head).find();
		if (!letter && isAreaSend(head)) {
			return new Classification(DocumentKind.AREA_SEND_REPORT, null);
		}
		if (letter && SEND_LETTER.matcher(head).find()) {
			return new Classification(DocumentKind.AREA_SEND_REPORT, null);
		}
		if (letter && JTAI.matcher(head).find()) {
			return new Classification(DocumentKind.JTAI_LETTER, null);
		}
		if (letter && FOCUSED.matcher(head).find()) {
			return new Classification(DocumentKind.FOCUSED_VISIT_LETTER, null);
		}
		if (letter && MONITORING.matcher(head).find()) {
			return new Classification(DocumentKind.MONITORING_VISIT_LETTER, null);
		}
		if (!letter && (REPORT.matcher(head).find() || REPORT_MARKER_FIRST.matcher(head).find())) {
			return new Classification(DocumentKind.INSPECTION_REPORT, framework(text, head));
		}
		return councilOrOther(head);
	}

	/** An area SEND report: its title, or the partnership section with an inspection outcome. */
	private static boolean isAreaSend(String head) {
		return AreaSendReport.hasTitle(head)
				|| LOCAL_AREA_PARTNERSHIP.matcher(head).find() && INSPECTION_OUTCOME.matcher(head).find();
	}

	private static Classification councilOrOther(String head) {
		if (!COUNCIL.matcher(head).find() || !mentionsInspection(head)) {
			return new Classification(DocumentKind.OTHER, null);
		}
		DocumentKind kind = REPORT_STRUCTURE.matcher(head).find() ? DocumentKind.COUNCIL_REPORT
				: DocumentKind.COUNCIL_PRESENTATION;
		return new Classification(kind, null);
	}

	private static boolean mentionsInspection(String head) {
		String lower = head.toLowerCase(Locale.ROOT);
		return lower.contains("ofsted") || lower.contains("inspection");
	}

	private static Framework framework(String text, String head) {
		if (!ILACS_TABLE.matcher(head).find() && SIF.matcher(head).find()) {
			return Framework.SIF;
		}
		Optional<DateRange> dates = VisitDates.ofReport(text);
		if (dates.isEmpty() || dates.get().start().date().isBefore(ILACS_FROM)) {
			return null;
		}
		long days = dates.get().end().date().toEpochDay() - dates.get().start().date().toEpochDay();
		return days <= SHORT_INSPECTION_MAX_DAYS ? Framework.ILACS_SHORT : Framework.ILACS_STANDARD;
	}

	private static Pattern subject(String words) {
		return Pattern.compile("(?m)^[\\s*#]*" + words + "\\s+(?:to|of|in)\\b", Pattern.CASE_INSENSITIVE);
	}
}
