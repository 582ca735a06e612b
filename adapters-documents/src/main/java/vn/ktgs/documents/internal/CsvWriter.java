package vn.ktgs.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.ktgs.documents.DataTable;

/**
 * Writes a table as CSV with Apache Commons CSV in Excel's dialect (comma, CRLF, quotes where needed), UTF-8 with a
 * byte order mark so that Excel reads the Vietnamese letters; numbers written plain ({@code 87.5}).
 */
public final class CsvWriter {

    private CsvWriter() {
    }

    public static byte[] write(DataTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(w, CSVFormat.EXCEL.builder()
                    .setHeader(table.columns().toArray(String[]::new)).get());
            for (List<Object> row : table.rows()) {
                csv.printRecord(row.stream().map(v -> v instanceof BigDecimal n
                        ? (n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString()) : String.valueOf(v)));
            }
            csv.flush();
        }
        return out.toByteArray();
    }
}
