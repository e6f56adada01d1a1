package kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How Chinese names look in Latin letters, and how English paragraphs are cut into sentences. */
class EnglishFormsTest {
    private final PinyinForms pinyin = new PinyinForms(Lexicon.get());

    @Test
    void pinyinNamesInEitherOrderAndCase() {
        assertTrue(pinyin.isChineseNameInPinyin("Sun Haoran"));
        assertTrue(pinyin.isChineseNameInPinyin("Haoran Sun"));
        assertTrue(pinyin.isChineseNameInPinyin("SUN Haoran"));
        assertTrue(pinyin.isChineseNameInPinyin("SunHaoran"));
        assertFalse(pinyin.isChineseNameInPinyin("Peking University"));
        assertFalse(pinyin.isChineseNameInPinyin("Robert Jackson"));
    }

    @Test
    void aGlossSpellsItsChineseName() {
        assertTrue(pinyin.spells("Sun Haoran", "孙浩然", 1));
        assertTrue(pinyin.spells("Haoran Sun", "孙浩然", 1));
        assertTrue(pinyin.spells("SunHaoran", "孙浩然", 1));
        assertFalse(pinyin.spells("Sun Hao", "孙浩然", 1));
    }

    @Test
    void englishSentencesEndAtFullStopsNotAtTitles() {
        List<String> s = EnglishSentences.of("The talk was chaired by Prof. Sun Haoran.Dr. Lin Qiao, i.e. the host, thanked everyone. "
                + "More than 30 people attended.");
        assertEquals(List.of("The talk was chaired by Prof. Sun Haoran.", "Dr. Lin Qiao, i.e. the host, thanked everyone.",
                "More than 30 people attended."), s);
    }
}
