package uk.inspectiongraph.api.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet of an Excel workbook written with Apache POI's streaming SXSSF, so that a large
 * findings export keeps only a window of rows in memory: a bold header row that stays frozen
 * when scrolling, an autofilter over every column, and typed cells (numbers, dates shown as
 * dates, links). Call {@link #row()} for each data row, then {@link #write(OutputStream)} once.
 */
public final class Workbook implements AutoCloseable {

	/** Rows kept in memory before SXSSF flushes them to its temporary file. */
	private static final int WINDOW = 200;

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);

	private final SXSSFSheet sheet;

	private final int columns;

	private final CellStyle dateStyle;

	private final CellStyle percentStyle;

	private final CellStyle linkStyle;

	private int rows;

	/** A workbook of one sheet with these column headings, each column about {@code widths[i]} characters wide. */
	public Workbook(String sheetName, List<String> headings, List<Integer> widths) {
		this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
		this.columns = headings.size();
		this.dateStyle = style("yyyy-mm-dd");
		this.percentStyle = style("0%");
		this.linkStyle = workbook.createCellStyle();
		Font blue = workbook.createFont();
		blue.setUnderline(Font.U_SINGLE);
		blue.setColor(org.apache.poi.ss.usermodel.IndexedColors.BLUE.getIndex());
		linkStyle.setFont(blue);
		header(headings);
		for (int i = 0; i < columns; i++) {
			sheet.setColumnWidth(i, Math.min(255, i < widths.size() ? widths.get(i) : 14) * 256);
		}
	}

	private CellStyle style(String format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}

	private void header(List<String> headings) {
		CellStyle bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		Row row = sheet.createRow(rows++);
		for (int i = 0; i < headings.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(headings.get(i));
			cell.setCellStyle(bold);
		}
		sheet.createFreezePane(0, 1);
	}

	/** A new data row, filled from its first column on. */
	public Line row() {
		return new Line(sheet.createRow(rows++));
	}

	/** Writes the workbook (with its autofilter over the header and every row) and frees its temporary file. */
	public void write(OutputStream out) throws IOException {
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, Math.max(0, columns - 1)));
		workbook.write(out);
	}

	@Override
	public void close() throws IOException {
		workbook.close();
	}

	/** One data row being written, cell by cell from the left; a null value leaves its cell empty. */
	public final class Line {

		private final Row row;

		private int next;

		private Line(Row row) {
			this.row = row;
		}

		public Line text(String value) {
			Cell cell = row.createCell(next++);
			if (value != null) {
				cell.setCellValue(value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value);
			}
			return this;
		}

		public Line number(Number value) {
			Cell cell = row.createCell(next++);
			if (value != null) {
				cell.setCellValue(value.doubleValue());
			}
			return this;
		}

		public Line percent(Number share) {
			Cell cell = row.createCell(next++);
			if (share != null) {
				cell.setCellValue(share.doubleValue());
				cell.setCellStyle(percentStyle);
			}
			return this;
		}

		public Line date(LocalDate value) {
			Cell cell = row.createCell(next++);
			if (value != null) {
				cell.setCellValue(value);
				cell.setCellStyle(dateStyle);
			}
			return this;
		}

		/** A cell showing {@code label} that opens {@code url}. */
		public Line link(String label, String url) {
			Cell cell = row.createCell(next++);
			if (url != null) {
				cell.setCellValue(label == null || label.isBlank() ? url : label);
				Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
				link.setAddress(url);
				cell.setHyperlink(link);
				cell.setCellStyle(linkStyle);
			}
			return this;
		}
	}

	/** The most characters an Excel cell holds. */
	static final int MAX_TEXT = 32_767;
}
