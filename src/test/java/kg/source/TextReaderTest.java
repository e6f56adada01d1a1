package kg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import kg.testkit.Newsletters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class TextReaderTest {
    private static final Path FILE = Path.of("issue.txt");
    private static final String SIMPLIFIED = Newsletters.bundledText();
    /** Traditional characters (Big5 has no simplified ones). */
    private static final String TRADITIONAL = """
            一、頭條
            1.清華大學地球系統科學系舉辦學術講座
            二零二五年三月十一日，陳德亮院士在蒙民偉科技大樓作了題為「氣候變化與極端天氣」的報告。
            報告介紹了全球變暖背景下極端天氣事件的變化趨勢，以及對水資源、農業和城市發展的影響。
            來自系內外的師生共一百餘人參加了講座，並與報告人進行了熱烈的討論。
            2.博士生在國際會議上獲得優秀報告獎
            近日，地球系統科學系博士生在美國地球物理聯合會秋季年會上作口頭報告，獲得優秀學生報告獎。
            """;

    static Stream<Arguments> encodings() {
        Charset gb18030 = Charset.forName("GB18030");
        return Stream.of(
                Arguments.of("UTF-8", SIMPLIFIED.getBytes(StandardCharsets.UTF_8), SIMPLIFIED),
                Arguments.of("UTF-8 with BOM", withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        SIMPLIFIED.getBytes(StandardCharsets.UTF_8)), SIMPLIFIED),
                Arguments.of("UTF-16LE with BOM", withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
                        SIMPLIFIED.getBytes(StandardCharsets.UTF_16LE)), SIMPLIFIED),
                Arguments.of("UTF-16BE with BOM", SIMPLIFIED.getBytes(StandardCharsets.UTF_16), SIMPLIFIED),
                Arguments.of("UTF-16LE", SIMPLIFIED.getBytes(StandardCharsets.UTF_16LE), SIMPLIFIED),
                Arguments.of("GB18030", SIMPLIFIED.getBytes(gb18030), SIMPLIFIED),
                Arguments.of("GB18030", TRADITIONAL.getBytes(Charset.forName("GBK")), TRADITIONAL),
                Arguments.of("Big5", TRADITIONAL.getBytes(Charset.forName("Big5")), TRADITIONAL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void detectsTheEncodingAndSaysWhichItWas(String expected, byte[] bytes, String text) {
        SourceDocument doc = new TextReader().read(FILE, bytes);
        assertEquals(expected, doc.encoding());
        assertEquals(text, doc.text());
        assertEquals(SourceFormat.TEXT, doc.format());
        assertEquals("text, " + expected, doc.readAs());
    }

    @Test
    void refusesBinaryJunk() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        InputException e = assertThrows(InputException.class, () -> new TextReader().read(FILE, junk));
        assertEquals("issue.txt: holds binary data, not text", e.getMessage());
    }

    @Test
    void refusesTextWithNulBytesInIt() {
        byte[] bytes = "工作动态\0\0\0\u0001\u0002".getBytes(StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> new TextReader().read(FILE, bytes));
        assertTrue(e.getMessage().endsWith("holds binary data, not text"), e.getMessage());
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(body);
        return out.toByteArray();
    }
}
