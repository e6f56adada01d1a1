package kg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.segment.Item;

/**
 * Two-character names padded to the width of three-character ones (赵　磊, the typesetter's habit in lists and
 * bylines) closed up, so that they read as the name: a common surname, one space, one character, where the
 * surname starts a word (after punctuation, a space or the start) or follows a title (博士生孙　悦). Between two
 * names of a space-separated list (李华 王明) the space follows a given name, not a surname, and stays.
 */
final class PaddedNames {
    private static final Pattern PADDED = Pattern.compile("(\\p{IsHan}) (\\p{IsHan})");

    private final Lexicon lex;

    PaddedNames(Lexicon lex) {
        this.lex = lex;
    }

    Item closeUp(Item item) {
        return new Item(item.id(), item.section(), item.sectionIndex(), item.number(), closeUp(item.title()), item.date(),
                item.paragraphs().stream().map(this::closeUp).toList());
    }

    String closeUp(String text) {
        if (text.indexOf(' ') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        Matcher m = PADDED.matcher(text);
        int last = 0;
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int s = m.start(1);
            if (lex.isCommonSurname(text.charAt(s)) && startsWord(text, s)) {
                out.append(text, last, m.end(1)).append(m.group(2));
                last = m.end();
            }
            from = m.start(2);
        }
        return last == 0 ? text : out.append(text.substring(last)).toString();
    }

    private boolean startsWord(String text, int at) {
        if (at == 0 || Character.UnicodeScript.of(text.codePointBefore(at)) != Character.UnicodeScript.HAN) {
            return true;
        }
        Matcher title = lex.titlePattern().matcher(text.substring(Math.max(0, at - 6), at));
        while (title.find()) {
            if (title.end() == Math.min(at, 6)) {
                return true;
            }
        }
        return false;
    }
}
