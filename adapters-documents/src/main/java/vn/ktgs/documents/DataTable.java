package vn.ktgs.documents;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import vn.ktgs.common.Texts;

/**
 * Bảng số liệu: one sheet of figures (a workbook sheet, or one CSV file): a name, a header row and rows whose cells
 * are text ({@link String}) or numbers ({@link Long}, {@link Integer} or {@link BigDecimal}), so that a spreadsheet
 * can total them.
 */
public record DataTable(String name, List<String> columns, List<List<Object>> rows) {

    public DataTable {
        name = Texts.nfc(Objects.requireNonNull(name, "name"));
        columns = columns.stream().map(Texts::nfc).toList();
        rows = rows.stream().map(r -> List.copyOf(r.stream().map(DataTable::cell).toList())).toList();
        for (List<Object> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException(name + ": a row has " + r.size() + " cells, the table "
                        + columns.size() + " columns");
            }
        }
    }

    private static Object cell(Object value) {
        Objects.requireNonNull(value, "cell");
        if (value instanceof String s) {
            return Texts.nfc(s);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof BigDecimal) {
            return value;
        }
        throw new IllegalArgumentException("a cell is text or a number: " + value.getClass().getName());
    }
}
