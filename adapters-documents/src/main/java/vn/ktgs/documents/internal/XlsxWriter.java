package vn.ktgs.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ktgs.documents.DataTable;

/** Writes tables as an XLSX workbook with Apache POI: one sheet each, a bold frozen header row, numbers as numbers. */
public final class XlsxWriter {

    private XlsxWriter() {
    }

    public static byte[] write(List<DataTable> tables) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            Set<String> names = new HashSet<>();
            for (DataTable t : tables) {
                String name = WorkbookUtil.createSafeSheetName(t.name());
                for (int i = 2; !names.add(name); i++) {
                    name = WorkbookUtil.createSafeSheetName(t.name() + " " + i);
                }
                Sheet sheet = wb.createSheet(name);
                int[] widths = new int[t.columns().size()];
                Row head = sheet.createRow(0);
                for (int c = 0; c < t.columns().size(); c++) {
                    Cell cell = head.createCell(c);
                    cell.setCellValue(t.columns().get(c));
                    cell.setCellStyle(bold);
                    widths[c] = Math.min(t.columns().get(c).length(), 30);
                }
                int r = 1;
                for (List<Object> row : t.rows()) {
                    Row line = sheet.createRow(r++);
                    for (int c = 0; c < row.size(); c++) {
                        Object v = row.get(c);
                        Cell cell = line.createCell(c);
                        if (v instanceof BigDecimal n) {
                            cell.setCellValue(n.doubleValue());
                        } else if (v instanceof Number n) {
                            cell.setCellValue(n.longValue());
                        } else {
                            cell.setCellValue((String) v);
                        }
                        widths[c] = Math.max(widths[c], Math.min(String.valueOf(v).length(), 60));
                    }
                }
                for (int c = 0; c < widths.length; c++) {
                    sheet.setColumnWidth(c, (Math.max(widths[c], 6) + 2) * 256);
                }
                sheet.createFreezePane(0, 1);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
