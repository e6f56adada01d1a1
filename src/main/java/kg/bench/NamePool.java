package kg.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A fixed, reproducible pool of Chinese personal names of each length, standing for the people of a faculty.
 * Names are drawn from common surnames and given-name characters, so the pipeline finds them by the same
 * cues it finds the bundled issue's people by.
 */
final class NamePool {
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈任姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢岳齐梅莫庄辛管祝左涂谷祁时舒耿牟卜路詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位霍翁隋植甘景薄单包司柏宁柯阮桂闵";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏辉鑫宇浩凯健俊帆帅旭宁龙林欣悦婷雪琳晨阳博文斌峰楠瑞琪晶颖佳思雨嘉怡涵梓萱泽昊然睿哲航豪坤翔昕彤妍蕾璐菲倩薇岚瑶琦珊钰烨晖炜璇";

    /** A prime; coprime to every pool size the constructor allows but its own multiples, which it refuses. */
    private static final long SHUFFLE = 7919;

    private final int size;

    /** A pool of {@code size} names of each length. */
    NamePool(int size) {
        if (size < 1 || size > SURNAMES.length() * GIVEN.length()) {
            throw new IllegalArgumentException("a name pool holds 1 to " + SURNAMES.length() * GIVEN.length() + " names");
        }
        if (size % SHUFFLE == 0) {
            throw new IllegalArgumentException("a name pool's size must not be a multiple of " + SHUFFLE);
        }
        this.size = size;
    }

    int size() {
        return size;
    }

    /**
     * The {@code index}-th name (modulo the pool's size) of {@code length} characters: a surname and one
     * given-name character per further character. Distinct indexes give distinct names.
     */
    String name(int length, int index) {
        // a multiplicative shuffle, so that neighbouring indexes differ in surname and given name alike
        int i = (int) Math.floorMod((long) Math.floorMod(index, size) * SHUFFLE, (long) size);
        int s = SURNAMES.length();
        int g = GIVEN.length();
        StringBuilder sb = new StringBuilder().append(SURNAMES.charAt(i % s));
        int rest = i / s;
        for (int c = 1; c < length; c++) {
            sb.append(GIVEN.charAt((rest + 7 * (c - 1)) % g));
        }
        return sb.toString();
    }

    /** All names of one length, for tests. */
    List<String> all(int length) {
        List<String> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(name(length, i));
        }
        return out;
    }
}
