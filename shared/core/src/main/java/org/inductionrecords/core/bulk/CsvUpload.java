package org.inductionrecords.core.bulk;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inductionrecords.core.error.FieldError;
import org.inductionrecords.core.error.InvalidInput;
import org.inductionrecords.core.error.PayloadTooLarge;

/**
 * An uploaded CSV as CONTRACT.md section 9 takes it: the exact header (an {@code Error message} column, as the
 * error file has, is ignored), 1 to 1,000 data rows, at most 100 KB, no TRN twice. Rows are numbered from 1,
 * the first data row.
 *
 * @param rows each row's cells by column, in the header's order
 */
public record CsvUpload(List<String> header, List<Map<String, String>> rows, List<List<String>> raw) {

    public static final int MAX_ROWS = 1_000;
    public static final int MAX_BYTES = 100 * 1024;
    public static final String ERROR_COLUMN = "Error message";
    public static final String TRN = "TRN";

    public static CsvUpload parse(String text, List<String> expectedHeader) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of("body", "is required: a CSV file with the header " + String.join(",", expectedHeader));
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new PayloadTooLarge("A CSV upload holds at most " + MAX_BYTES + " bytes.");
        }
        List<List<String>> records = Csv.parse(text);
        List<String> header = records.isEmpty() ? List.of() : records.get(0);
        boolean withErrors = header.size() == expectedHeader.size() + 1
                && ERROR_COLUMN.equals(header.get(header.size() - 1));
        List<String> columns = withErrors ? header.subList(0, header.size() - 1) : header;
        if (!columns.equals(expectedHeader)) {
            throw InvalidInput.of("header", "must be exactly " + String.join(",", expectedHeader));
        }
        int count = records.size() - 1;
        if (count < 1 || count > MAX_ROWS) {
            throw InvalidInput.of("body", "must hold 1 to " + MAX_ROWS + " data rows (it holds " + count + ")");
        }
        return read(records, header, expectedHeader, true);
    }

    /** The rows of an upload whose header and size are right, whatever its rows hold (for the error file). */
    public static CsvUpload rows(String text, List<String> expectedHeader) {
        List<List<String>> records = Csv.parse(text);
        return read(records, records.get(0), expectedHeader, false);
    }

    private static CsvUpload read(List<List<String>> records, List<String> header, List<String> expectedHeader,
                                  boolean strict) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<List<String>> raw = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> firstRowOfTrn = new HashMap<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            List<String> cells = new ArrayList<>(record.subList(0, Math.min(record.size(), expectedHeader.size())));
            if (record.size() != header.size() && record.size() != expectedHeader.size()) {
                errors.add(new FieldError(rowField(r, "columns"), "must have " + expectedHeader.size()
                        + " fields (it has " + record.size() + ")"));
            }
            while (cells.size() < expectedHeader.size()) {
                cells.add("");
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < expectedHeader.size(); c++) {
                row.put(expectedHeader.get(c), cells.get(c));
            }
            String trn = row.get(TRN).strip();
            Integer first = firstRowOfTrn.putIfAbsent(trn, r);
            if (first != null && !trn.isEmpty()) {
                errors.add(new FieldError(rowField(r, TRN), "is also in row " + first + "; a TRN appears once"));
            }
            rows.add(row);
            raw.add(cells);
        }
        if (strict && !errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new CsvUpload(List.copyOf(expectedHeader), rows, raw);
    }

    public static String rowField(int row, String column) {
        return "row " + row + ": " + column;
    }

    /** The row number of a {@code row N: column} field, or 0. */
    public static int rowOf(String field) {
        if (!field.startsWith("row ")) {
            return 0;
        }
        int colon = field.indexOf(':');
        try {
            return Integer.parseInt(field.substring(4, colon));
        } catch (RuntimeException notARow) {
            return 0;
        }
    }

    /**
     * The error file: the upload with a last column {@code Error message}, empty on good rows (CONTRACT.md
     * section 9), ready to correct and upload again.
     */
    public static String errorFile(List<String> header, List<List<String>> raw, List<FieldError> errors) {
        Map<Integer, List<String>> messages = new HashMap<>();
        for (FieldError error : errors) {
            int row = rowOf(error.field());
            String column = row == 0 ? error.field() : error.field().substring(error.field().indexOf(':') + 2);
            messages.computeIfAbsent(row, k -> new ArrayList<>()).add(column + " " + error.message());
        }
        List<String> withError = new ArrayList<>(header);
        withError.add(ERROR_COLUMN);
        List<List<String>> records = new ArrayList<>();
        for (int r = 0; r < raw.size(); r++) {
            List<String> record = new ArrayList<>(raw.get(r));
            record.add(String.join("; ", messages.getOrDefault(r + 1, List.of())));
            records.add(record);
        }
        return Csv.write(withError, records);
    }
}
