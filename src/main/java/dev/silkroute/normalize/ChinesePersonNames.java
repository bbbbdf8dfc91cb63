package dev.silkroute.normalize;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People named in Chinese text, where no space marks a name: a common surname and one or two given
 * characters, closed on the left by a job title or punctuation and on the right by a verb of saying —
 * "专家顾问李冀平表示" gives 李冀平. Both anchors are required, so "中方表示" (the Chinese side said)
 * is not a person. The canonical name is the pinyin in the English order of news ("Li Jiping"),
 * from ICU's Han → Latin transliteration.
 */
final class ChinesePersonNames {
    /** The hundred most common surnames (a fact of the language, not of any page). */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
            + "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    /** Characters that end a job title ("局长", "主席", "顾问", "专家") and so may stand right before a name. */
    private static final String TITLE_ENDS = "长席记问任理授表员总裁者家事官";
    private static final String PUNCTUATION = "，。、：；“”\"（）()";
    private static final Pattern SAYING = Pattern.compile("表示|说|指出|强调|介绍|认为|称|告诉|坦言|谈到|提到|透露");
    private static final Transliterator TO_PINYIN = Transliterator.getInstance("Han-Latin; Latin-ASCII");

    record Found(int start, int end, String canonical) {}

    /** Looks back from each verb of saying, so the cost is in the (few) verbs, not in every character. */
    List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        if (!hasHan(text)) return out;
        Matcher m = SAYING.matcher(text);
        while (m.find()) {
            int verb = m.start();
            for (int given = 2; given >= 1; given--) {
                int surname = verb - given - 1;
                if (surname < 0 || SURNAMES.indexOf(text.charAt(surname)) < 0 || !allHan(text, surname, verb)) continue;
                if (!leftAnchor(text, surname)) continue;
                out.add(new Found(surname, verb, pinyin(text.substring(surname, surname + 1), text.substring(surname + 1, verb))));
                break;
            }
        }
        return out;
    }

    private static boolean leftAnchor(String text, int at) {
        if (at == 0) return true;
        char before = text.charAt(at - 1);
        return Character.isWhitespace(before) || PUNCTUATION.indexOf(before) >= 0 || TITLE_ENDS.indexOf(before) >= 0;
    }

    private static boolean hasHan(String text) {
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) >= 0x4E00 && text.charAt(i) <= 0x9FFF) return true;
        return false;
    }

    private static boolean allHan(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) != Character.UnicodeScript.HAN) return false;
        }
        return true;
    }

    /** "李", "冀平" → "Li Jiping": surname first, given name as one word, as English-language news writes them. */
    static String pinyin(String surname, String given) {
        String s = TO_PINYIN.transliterate(surname).strip();
        String g = TO_PINYIN.transliterate(given).replace(" ", "").strip();
        return capitalize(s) + " " + capitalize(g);
    }

    private static String capitalize(String w) {
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1).toLowerCase(Locale.ROOT);
    }
}
