package kg.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * HanLP's segmenter with person-name recognition, fed one sentence at a time (it is fast per sentence and
 * slow on one long string). Its dictionaries load on first use, in about half a second.
 */
final class Tagger {
    /** A word of a sentence, where it starts, and whether HanLP took it for a person's name. */
    record Token(String word, int start, String nature) {
        boolean personName() {
            return nature.startsWith("nr");
        }

        int end() {
            return start + word.length();
        }
    }

    private final Segment segment = HanLP.newSegment()
            .enableNameRecognize(true)
            .enableTranslatedNameRecognize(true)
            .enableOffset(true);

    List<Token> tag(String sentence) {
        List<Token> out = new ArrayList<>();
        for (Term t : segment.seg(sentence)) {
            String nature = t.nature == null ? "" : t.nature.toString();
            out.add(new Token(t.word, t.offset, nature));
        }
        return out;
    }

    /** Is the word in HanLP's core dictionary as something other than a person's name? */
    static boolean isCommonWord(String word) {
        CoreDictionary.Attribute attr = CoreDictionary.get(word);
        if (attr == null) {
            return false;
        }
        for (Nature n : attr.nature) {
            if (n.toString().startsWith("nr")) {
                return false;
            }
        }
        return true;
    }
}
