package uk.inspectiongraph.reading;

import uk.inspectiongraph.reading.taxonomy.ThemeTagger;

import uk.inspectiongraph.reading.gazetteer.AuthorityMention;
import uk.inspectiongraph.domain.DocumentKind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import uk.inspectiongraph.reading.gazetteer.Gazetteer;

/**
 * Turns a document's text into everything the graph holds about it: classifies it, reads its
 * facts with the extractor for its kind, resolves its authority, splits it into findings and
 * tags those with themes. Pure and thread-safe: no database, so {@code extract} runs anywhere.
 */
public final class DocumentExtractor {

	/** A joint area review or its progress inspection names itself so in its opening pages. */
	private static final Pattern JOINT_AREA_REVIEW = Pattern.compile("joint\\s+area\\s+review",
			Pattern.CASE_INSENSITIVE);

	private final Gazetteer gazetteer;

	private final ThemeTagger tagger;

	private final DocumentClassifier classifier = new DocumentClassifier();

	private final OfstedDocumentExtractor ofsted = new OfstedDocumentExtractor();

	private final CouncilDocumentExtractor council = new CouncilDocumentExtractor();

	private final FindingSplitter splitter = new FindingSplitter();

	public DocumentExtractor(Gazetteer gazetteer, ThemeTagger tagger) {
		this.gazetteer = gazetteer;
		this.tagger = tagger;
	}

	/**
	 * Extracts one document.
	 * @throws ExtractionException when the text is no inspection document or names no authority
	 * of the gazetteer
	 */
	public ExtractedDocument extract(SourceText source) {
		String text = source.text();
		Classification classification = classifier.classify(source.fileName(), text);
		if (classification.kind() == DocumentKind.OTHER && JOINT_AREA_REVIEW.matcher(text).find()) {
			throw new ExtractionException("a joint area review (the 2005-2009 framework that JTAIs and area SEND "
					+ "inspections replaced) is not read: its judgements and findings belong to no event kind of the graph");
		}
		if (classification.kind() == DocumentKind.OTHER) {
			throw new ExtractionException("not an inspection document: no Ofsted report, letter or council paper "
					+ "about an inspection was recognised in its text");
		}
		AuthorityMention authority = gazetteer.findIn(text, source.fileName())
			.orElseThrow(() -> new ExtractionException(
					"no local authority of the gazetteer is named in the document (graph-seed/authorities.csv)"));
		DocumentFacts facts = classification.kind().isCouncil() ? council.extract(text, classification)
				: ofsted.extract(text, classification);
		List<ExtractedFinding> findings = new ArrayList<>();
		for (ExtractedFinding finding : splitter.split(text, classification, facts.events())) {
			findings.add(finding.withThemes(tagger.tag(finding.kind(), finding.text())));
		}
		return new ExtractedDocument(source.fileName(), source.contentHash(), text, classification.kind(),
				classification.framework(), facts.title(), facts.documentDate(), authority, facts.events(),
				facts.people(), findings, source.completeness());
	}

}
