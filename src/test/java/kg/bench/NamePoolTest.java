package kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamePoolTest {
    @Test
    void namesAreDistinctAndOfTheAskedLength() {
        NamePool pool = new NamePool(1500);
        for (int length : new int[] {2, 3}) {
            List<String> names = pool.all(length);
            assertEquals(names.size(), new HashSet<>(names).size(), "duplicate names of length " + length);
            assertTrue(names.stream().allMatch(n -> n.length() == length && n.codePoints().allMatch(Character::isIdeographic)));
        }
    }

    @Test
    void indexesWrapAroundThePool() {
        NamePool pool = new NamePool(100);
        assertEquals(pool.name(3, 7), pool.name(3, 107));
    }

    @Test
    void aPoolLargerThanItsCharactersAllowIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new NamePool(1_000_000));
    }
}
