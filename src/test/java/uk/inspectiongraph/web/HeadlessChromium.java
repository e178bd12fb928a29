package uk.inspectiongraph.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through chromedriver, for tests that load the application's pages in a
 * real browser. Both programs come from the machine (Debian's {@code chromium} and
 * {@code chromium-driver}), found on the {@code PATH} or through the system properties
 * {@code inspectiongraph.chromium} and {@code webdriver.chrome.driver}; Selenium Manager never runs,
 * so nothing is downloaded. Tests skip when either program is missing. Each instance starts with a
 * fresh profile, records every URL the page requests and every console message, and deletes its
 * profile when closed.
 */
public final class HeadlessChromium implements AutoCloseable {

	private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final ChromeDriver driver;

	private final Path profile;

	private final NetworkLog network = new NetworkLog();

	private final List<LogEntry> console = new ArrayList<>();

	private HeadlessChromium(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/** Skips the calling test (or class, from {@code @BeforeAll}) unless Chromium and chromedriver are installed. */
	public static void assumeInstalled() {
		Assumptions.assumeTrue(chromium().isPresent(), "Chromium is not installed (chromium on the PATH)");
		Assumptions.assumeTrue(chromedriver().isPresent(), "chromedriver is not installed (chromium-driver)");
	}

	/** Starts a headless Chromium with a fresh profile; skips the test when it is not installed. */
	public static HeadlessChromium start() {
		assumeInstalled();
		try {
			Path profile = Files.createTempDirectory("inspection-graph-chromium");
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(chromedriver().orElseThrow().toFile())
				.usingAnyFreePort()
				.build();
			return new HeadlessChromium(new ChromeDriver(service, options(profile)), profile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a Chromium profile directory", ex);
		}
	}

	private static ChromeOptions options(Path profile) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium().orElseThrow().toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1400,900", "--user-data-dir=" + profile.toAbsolutePath());
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		logs.enable(LogType.PERFORMANCE, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		return options;
	}

	public WebDriver driver() {
		return driver;
	}

	/** Loads a page and returns once its document has loaded (scripts may still be rendering). */
	public void open(String url) {
		driver.get(url);
	}

	/** A wait on this browser, for conditions such as an element showing some text. */
	public WebDriverWait waitUpTo(Duration timeout) {
		WebDriverWait wait = new WebDriverWait(driver, timeout, Duration.ofMillis(100));
		wait.withMessage(() -> "page at " + driver.getCurrentUrl() + " (screenshot: " + screenshot("failure") + ")");
		return wait;
	}

	/** The URLs of every network request the page has sent so far, WebSocket connections included. */
	public List<String> requestedUrls() {
		network.read(driver.manage().logs().get(LogType.PERFORMANCE));
		return network.sent();
	}

	/** The requests sent so far to a host other than this machine's loopback interface. */
	public List<String> requestsLeavingThisMachine() {
		return requestedUrls().stream().filter(url -> !isLocal(url)).toList();
	}

	/** The URLs the browser refused to request (by the page's Content Security Policy, say). */
	public List<String> blockedUrls() {
		network.read(driver.manage().logs().get(LogType.PERFORMANCE));
		return network.blocked();
	}

	/** The console messages logged so far at level SEVERE (uncaught errors, failed loads). */
	public List<String> severeConsoleMessages() {
		driver.manage().logs().get(LogType.BROWSER).forEach(console::add);
		return console.stream().filter(entry -> entry.getLevel() == Level.SEVERE).map(LogEntry::getMessage).toList();
	}

	/** Saves what the browser shows as {@code target/screenshots/<name>.png} and returns that path. */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			File shot = driver.getScreenshotAs(OutputType.FILE);
			Path target = SCREENSHOTS.resolve(name + ".png");
			Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot save screenshot " + name, ex);
		}
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			deleteProfile();
		}
	}

	/** Whether a URL points at this machine's loopback interface. */
	public static boolean isLocal(String url) {
		String host = URI.create(url).getHost();
		return host != null && LOOPBACK_HOSTS.contains(host);
	}

	private void deleteProfile() {
		try (Stream<Path> files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException ex) {
			// A leftover temporary profile is harmless.
		}
	}

	private static Optional<Path> chromium() {
		return executable("inspectiongraph.chromium", "chromium", "chromium-browser");
	}

	private static Optional<Path> chromedriver() {
		return executable(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, "chromedriver");
	}

	private static Optional<Path> executable(String property, String... names) {
		String configured = System.getProperty(property);
		if (configured != null) {
			return Optional.of(Path.of(configured)).filter(Files::isExecutable);
		}
		String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
		return Arrays.stream(path.split(File.pathSeparator))
			.filter(dir -> !dir.isBlank())
			.flatMap(dir -> Arrays.stream(names).map(name -> Path.of(dir, name)))
			.filter(Files::isExecutable)
			.findFirst();
	}
}
