package dev.silkroute.language;

import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;

/**
 * Tells Japanese written in kanji alone from Chinese by the characters only one of them uses
 * (CLDR exemplars): 権 and 単 are Japanese forms, 权/權 and 单/單 Chinese ones. Most short Han
 * phrases share every character and stay Chinese.
 */
final class HanLetters {
    private final UnicodeSet japaneseOnly;
    private final UnicodeSet chineseOnly;

    HanLetters() {
        UnicodeSet zh = exemplars("zh").addAll(exemplars("zh_Hant"));
        UnicodeSet ja = exemplars("ja");
        UnicodeSet han = new UnicodeSet("[:Han:]");
        japaneseOnly = new UnicodeSet(ja).removeAll(zh).retainAll(han).freeze();
        chineseOnly = new UnicodeSet(zh).removeAll(ja).retainAll(han).freeze();
    }

    private static UnicodeSet exemplars(String locale) {
        UnicodeSet s = new UnicodeSet(LocaleData.getExemplarSet(new ULocale(locale), 0, LocaleData.ES_STANDARD));
        UnicodeSet aux = LocaleData.getExemplarSet(new ULocale(locale), 0, LocaleData.ES_AUXILIARY);
        if (aux != null) s.addAll(aux);
        return s;
    }

    /** Whether more of the text's characters are Japanese-only than Chinese-only. */
    boolean looksJapanese(String text) {
        int ja = 0, zh = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (japaneseOnly.contains(cp)) ja++;
            else if (chineseOnly.contains(cp)) zh++;
        }
        return ja > zh;
    }
}
