package uk.inspectiongraph.reading.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;


/**
 * Every English local authority with children's services duties, current and former, loaded
 * from {@code graph-seed/authorities.csv}, and the resolution of the names documents use for
 * them: {@link #resolve(String)} takes any written form of a name, {@link #findIn(String, String)}
 * decides which authority a whole document is about. Immutable and thread-safe.
 */
public final class Gazetteer {

	/** Where the default gazetteer lies on the classpath. */
	public static final String RESOURCE = "graph-seed/authorities.csv";

	private final List<Authority> authorities;

	private final Map<String, Authority> byCode = new LinkedHashMap<>();

	private final PhraseIndex phrases;

	/** The default gazetteer, read from the classpath. */
	public Gazetteer() {
		this(DefaultAuthorities.LIST);
	}

	private Gazetteer(List<Authority> authorities) {
		this.authorities = List.copyOf(authorities);
		for (Authority authority : authorities) {
			byCode.put(authority.code(), authority);
		}
		for (Authority authority : authorities) {
			authority.formerCodes().forEach(code -> byCode.putIfAbsent(code, authority));
		}
		this.phrases = new PhraseIndex(authorities);
	}

	/** The default gazetteer, read from the classpath resource {@value #RESOURCE}. */
	public static Gazetteer loadDefault() {
		return new Gazetteer(DefaultAuthorities.LIST);
	}

	/** A gazetteer read from CSV text in the format of {@code authorities.csv}. */
	public static Gazetteer from(Reader csv) {
		return new Gazetteer(AuthorityCsv.read(csv));
	}

	/** Every authority, current and former, in file order. */
	public List<Authority> all() {
		return authorities;
	}

	/** The authority with ONS code {@code code}, or the one that carried it before a recoding. */
	public Optional<Authority> byCode(String code) {
		return Optional.ofNullable(code).map(c -> byCode.get(c.strip().toUpperCase(Locale.ROOT)));
	}

	/**
	 * The authority a name stands for, in any of its written forms ("Warwickshire County Council",
	 * "WARWICKSHIRE", "Windsor &amp; Maidenhead", "Bristol, City of"); where a current and a former
	 * authority share the name, the current one.
	 */
	public Optional<Authority> resolve(String name) {
		return candidates(name).map(found -> pick(found, null));
	}

	/** As {@link #resolve(String)}, preferring the authority that existed on {@code date}. */
	public Optional<Authority> resolve(String name, LocalDate date) {
		return candidates(name).map(found -> pick(found, date));
	}

	private Optional<List<Authority>> candidates(String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		return phrases.lookUp(Tokenizer.normalise(name)).or(() -> phrases.lookUp(NameVariants.core(name)));
	}

	/** Of authorities sharing a name, the one valid on {@code date}, else a current one, else the first. */
	static Authority pick(List<Authority> candidates, LocalDate date) {
		if (date != null) {
			Optional<Authority> valid = candidates.stream().filter(a -> a.validOn(date)).findFirst();
			if (valid.isPresent()) {
				return valid.get();
			}
		}
		return candidates.stream().filter(Authority::isCurrent).findFirst().orElse(candidates.get(0));
	}

	/**
	 * The authority a document is about: the one its title, heading or council name points at,
	 * else the one it names most often outside postal addresses; a former authority when the
	 * document predates its abolition. The file name counts only as a weak hint.
	 */
	public Optional<AuthorityMention> findIn(String text, String fileName) {
		String body = text == null ? "" : text;
		LocalDate date = DocumentDate.of(body, fileName).orElse(null);
		return new SubjectVote(phrases, date).count(body).countHint(fileName).winner(body);
	}

	private static final class DefaultAuthorities {

		static final List<Authority> LIST = load();

		private static List<Authority> load() {
			InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(RESOURCE);
			if (in == null) {
				throw new IllegalStateException("The gazetteer " + RESOURCE + " is missing from the classpath");
			}
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				return AuthorityCsv.read(reader);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the gazetteer " + RESOURCE, ex);
			}
		}
	}
}
