package uk.inspectiongraph.web.map;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the dashboard's offline map of England ({@code static/dashboard/england.json}) once, from
 * the simplified 2023 district boundaries in the shared reference data: each unitary authority,
 * metropolitan district and London borough keeps its own shape, each county's shape is the union
 * (dissolve) of its non-metropolitan districts, named by {@code map/district-county-2023.csv}. The
 * shapes are simplified, projected onto a plane and written as SVG path data in whole units.
 * Run with the test classpath: {@code EnglandMapBuilder [districts.geojson] [output.json]}.
 */
public final class EnglandMapBuilder {

	static final Path OUTPUT = Path.of("src/main/resources/static/dashboard/england.json");

	/** Simplification tolerance, in degrees (about 500 m). */
	private static final double TOLERANCE = 0.005;

	/** Closes the hairline gaps the simplified districts leave between neighbours when dissolved. */
	private static final double SEAL = 0.002;

	private static final double MIDDLE_LATITUDE = 52.8;

	private static final double WEST = -6.5;

	private static final double NORTH = 55.85;

	/** Map units per degree of longitude at the middle latitude. */
	private static final double SCALE = 120;

	private final GeometryFactory geometry = new GeometryFactory();

	public static void main(String[] args) throws IOException {
		Path source = Path.of(args.length > 0 ? args[0] : "../shared/reference/local-authority-districts-2023.geojson");
		Path output = args.length > 1 ? Path.of(args[1]) : OUTPUT;
		new EnglandMapBuilder().build(source, output);
	}

	void build(Path source, Path output) throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		Map<String, String> counties = counties();
		Map<String, List<Geometry>> parts = new TreeMap<>();
		for (JsonNode feature : json.readTree(source.toFile()).get("features")) {
			String code = feature.at("/properties/LAD23CD").asString();
			String authority = code.startsWith("E07") ? counties.get(code) : code;
			if (authority != null && authority.matches("E0[689]\\d{6}|E10\\d{6}")) {
				parts.computeIfAbsent(authority, k -> new ArrayList<>()).add(shape(feature.get("geometry")));
			}
		}
		Map<String, String> names = names();
		List<Map<String, Object>> authorities = new ArrayList<>();
		parts.forEach((code, shapes) -> {
			Geometry union = UnaryUnionOp.union(shapes);
			if (code.startsWith("E10")) {
				union = union.buffer(SEAL).buffer(-SEAL);
			}
			Geometry simple = TopologyPreservingSimplifier.simplify(union, TOLERANCE);
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("code", code);
			entry.put("name", names.getOrDefault(code, code));
			entry.put("path", path(simple));
			authorities.add(entry);
		});
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("licence", "Contains OS data © Crown copyright and database right 2023; Source: Office for National "
				+ "Statistics licensed under the Open Government Licence v3.0. Counties dissolved from their districts "
				+ "(district-to-county lookup: mySociety, CC BY 4.0).");
		map.put("width", Math.round(x(1.9)));
		map.put("height", Math.round(y(49.85)));
		map.put("authorities", authorities);
		Files.writeString(output, json.writeValueAsString(map) + "\n", StandardCharsets.UTF_8);
		System.out.println(authorities.size() + " authorities written to " + output + " (" + Files.size(output) + " bytes)");
	}

	private Geometry shape(JsonNode node) {
		List<Geometry> polygons = new ArrayList<>();
		JsonNode coordinates = node.get("coordinates");
		if ("Polygon".equals(node.get("type").asString())) {
			polygons.add(GeometryFixer.fix(polygon(coordinates)));
		}
		else {
			coordinates.forEach(polygon -> polygons.add(GeometryFixer.fix(polygon(polygon))));
		}
		return UnaryUnionOp.union(polygons);
	}

	private Polygon polygon(JsonNode rings) {
		LinearRing shell = ring(rings.get(0));
		LinearRing[] holes = new LinearRing[rings.size() - 1];
		for (int i = 1; i < rings.size(); i++) {
			holes[i - 1] = ring(rings.get(i));
		}
		return geometry.createPolygon(shell, holes);
	}

	private LinearRing ring(JsonNode points) {
		List<Coordinate> coordinates = new ArrayList<>();
		points.forEach(point -> coordinates.add(new Coordinate(point.get(0).asDouble(), point.get(1).asDouble())));
		if (!coordinates.get(0).equals2D(coordinates.get(coordinates.size() - 1))) {
			coordinates.add(coordinates.get(0));
		}
		return geometry.createLinearRing(coordinates.toArray(Coordinate[]::new));
	}

	/** SVG path data of every ring, in whole map units; rings that shrink to nothing are left out. */
	private static String path(Geometry shape) {
		StringBuilder path = new StringBuilder();
		for (int i = 0; i < shape.getNumGeometries(); i++) {
			Polygon polygon = (Polygon) shape.getGeometryN(i);
			ring(path, polygon.getExteriorRing().getCoordinates());
			for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
				ring(path, polygon.getInteriorRingN(h).getCoordinates());
			}
		}
		return path.toString();
	}

	private static void ring(StringBuilder path, Coordinate[] ring) {
		StringBuilder part = new StringBuilder();
		long lastX = Long.MIN_VALUE;
		long lastY = Long.MIN_VALUE;
		int points = 0;
		for (Coordinate c : ring) {
			long px = Math.round(x(c.x));
			long py = Math.round(y(c.y));
			if (px != lastX || py != lastY) {
				part.append(points == 0 ? "M" : "L").append(px).append(' ').append(py);
				lastX = px;
				lastY = py;
				points++;
			}
		}
		if (points >= 4) {
			path.append(part).append('Z');
		}
	}

	static double x(double longitude) {
		return (longitude - WEST) * SCALE * Math.cos(Math.toRadians(MIDDLE_LATITUDE));
	}

	static double y(double latitude) {
		return (NORTH - latitude) * SCALE;
	}

	private static Map<String, String> counties() throws IOException {
		Map<String, String> counties = new TreeMap<>();
		for (CSVRecord row : csv(Path.of("src/test/resources/map/district-county-2023.csv"))) {
			counties.put(row.get("district_code"), row.get("county_code"));
		}
		return counties;
	}

	/** The current authorities' names as Ofsted writes them (the gazetteer's short names). */
	private static Map<String, String> names() throws IOException {
		Map<String, String> names = new TreeMap<>();
		for (CSVRecord row : csv(Path.of("graph-seed/authorities.csv"))) {
			if (row.get("valid_to").isBlank()) {
				names.put(row.get("code"), row.get("short_name"));
			}
		}
		return names;
	}

	private static List<CSVRecord> csv(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}
}
