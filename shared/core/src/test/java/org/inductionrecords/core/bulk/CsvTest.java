package org.inductionrecords.core.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.inductionrecords.core.error.InvalidInput;
import org.junit.jupiter.api.Test;

/** RFC 4180 as CONTRACT.md section 9 takes it, and the formula guard on what is written. */
class CsvTest {

    @Test
    void givenQuotedFieldsWithCommasQuotesAndLineBreaksThenEachIsOneField() {
        assertEquals(List.of(List.of("a", "b, c", "say \"hi\"", "two\r\nlines"), List.of("Zoë", "")),
                Csv.parse("\uFEFFa,\"b, c\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nZoë,\n"));
    }

    @Test
    void givenAQuoteInsideAnUnquotedFieldOrAnUnclosedQuoteThen400OnBody() {
        assertEquals("body", assertThrows(InvalidInput.class, () -> Csv.parse("a,b\"c\r\n")).details().get(0).field());
        assertEquals("body", assertThrows(InvalidInput.class, () -> Csv.parse("a,\"b\r\n")).details().get(0).field());
    }

    @Test
    void givenFormulaLikeCellsThenTheyAreWrittenWithALeadingQuoteAndQuotedWhenNeeded() {
        assertEquals("'=1+2,'+x,'-3,'@SUM(A1),\"'=HYPERLINK(\"\"x\"\")\",plain\r\n",
                Csv.write(List.of("=1+2", "+x", "-3", "@SUM(A1)", "=HYPERLINK(\"x\")", "plain"), List.of()));
    }

    @Test
    void givenAnUploadWithATrnTwiceThenTheSecondRowIsNamed() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> CsvUpload.parse("TRN,Outcome\r\n1234567,PASSED\r\n1234567,PASSED\r\n", List.of("TRN", "Outcome")));
        assertEquals("row 2: TRN", refused.details().get(0).field());
    }
}
