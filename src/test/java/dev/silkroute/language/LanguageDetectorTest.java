package dev.silkroute.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.silkroute.app.Components;
import dev.silkroute.app.Settings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** One test per step of the cascade, with news-style sentences written for these tests. */
class LanguageDetectorTest {
    private final LanguageDetector detector = Components.languageDetector(Settings.defaults(Path.of("")));

    private String lang(String text) {
        return detector.detect(text).lang();
    }

    @Test
    void textWithoutLettersHasNoLanguage() {
        assertEquals("und", lang("2024-03-04 20:15"));
        assertEquals("und", lang("+86 991 4689813"));
        assertEquals("und", lang("https://"));
    }

    @Test
    void theWritingSystemDecidesChineseJapaneseAndKorean() {
        assertEquals("zh", lang("乌鲁木齐是新疆维吾尔自治区的首府。"));
        assertEquals("zh", lang("烏魯木齊是新疆維吾爾自治區的首府。"));
        assertEquals("zh", lang("疆"), "one Han character is a word");
        assertEquals("ja", lang("ウルムチは新疆ウイグル自治区の区都である。"));
        assertEquals("ko", lang("우루무치는 신장 위구르 자치구의 수도이다."));
    }

    @Test
    void kanjiOnlyTextWithJapaneseFormsIsJapanese() {
        assertEquals("ja", lang("国際関係"), "関 is the Japanese form of 关/關");
        assertEquals("zh", lang("国际关系"));
    }

    @Test
    void cyrillicAlphabetsSeparateTheLanguagesOfTheRegion() {
        assertEquals("kk", lang("Қазақстан мен Қытай арасындағы сауда көлемі өткен жылы өсті."), "ұ, қ, ә: Kazakh");
        assertEquals("uk", lang("Україна та Казахстан підписали нову угоду про співпрацю."), "ї, і: Ukrainian, not Kazakh");
        assertEquals("tg", lang("Душанбе пойтахти Ҷумҳурии Тоҷикистон аст."), "ҷ: Tajik");
        assertEquals("uz", lang("Ўзбекистон пойтахти Тошкент шаҳридир."), "ў: Uzbek, not Tajik");
        assertEquals("tt", lang("Казан шәһәрендә яңа җәмәгать үзәге ачылды."), "җ: Tatar");
        assertEquals("ru", lang("Президент Казахстана провёл встречу с делегацией из Китая."));
    }

    @Test
    void arabicScriptAlphabetsSeparateUyghurPashtoPersianUrduAndArabic() {
        assertEquals("ug", lang("ئۈرۈمچى شىنجاڭ ئۇيغۇر ئاپتونوم رايونىنىڭ مەركىزى."));
        assertEquals("ps", lang("کابل د افغانستان پلازمېنه ده او ښار ډېر لوی دی."));
        assertEquals("ur", lang("پاکستان اور چین کے درمیان تجارت میں اضافہ ہوا ہے۔"));
        assertEquals("fa", lang("تهران پایتخت ایران است و جمعیت زیادی دارد."));
        assertEquals("ar", lang("وقعت الصين وكازاخستان اتفاقية جديدة للتعاون الاقتصادي."));
    }

    @Test
    void uyghurSpellingDecidesWordsWithoutItsOwnLetters() {
        assertEquals("ug", lang("قىرغىز"), "ى inside a word is Uyghur's vowel i");
        assertEquals("ug", lang("ئاسىيا"), "a word opening on ئ is Uyghur");
        org.junit.jupiter.api.Assertions.assertNotEquals("ug", lang("مستشفى على"), "ى at a word's end is Arabic spelling too");
    }

    @Test
    void turkicLatinAlphabetsSeparateTurkmenAzerbaijaniAndTurkish() {
        assertEquals("tk", lang("Türkmenistanyň paýtagty Aşgabat şäheridir."));
        assertEquals("az", lang("Azərbaycanın paytaxtı Bakı şəhəridir."));
        assertEquals("tr", lang("Türkiye'nin başkenti Ankara şehridir ve nüfusu artıyor."));
    }

    @Test
    void turkmenWithoutItsOwnLettersIsFoundByTheCldrModel() {
        // no ň ý ž ä: only the spelling (y as a vowel, -lyk, -daky) says Turkmen
        assertEquals("tk", lang("gurluşyk işleri"));
        assertEquals("tk", lang("ykdysady ösüş"));
        assertEquals("tk", lang("Olar gurluşyk meselelerini maslahatlaşdylar"));
        // and the Turkish phrases it resembles stay Turkish
        assertEquals("tr", lang("inşaat işleri"));
        assertEquals("tr", lang("ekonomik büyüme"));
    }

    @Test
    void openNlpNamesTheLanguagesLinguaLacks() {
        assertEquals("ky", lang("Бишкекте жаңы мектеп ачылды жана балдар окуй башташты."));
        assertEquals("uz", lang("Oʻzbekiston poytaxti Toshkent shahri hisoblanadi va aholisi koʻpaymoqda."));
    }

    @Test
    void linguaDecidesAmongTheLanguagesItKnows() {
        assertEquals("en", lang("The railway will link the two cities by the end of next year."));
        assertEquals("de", lang("Die Eisenbahn soll die beiden Städte bis Ende nächsten Jahres verbinden."));
        assertEquals("fr", lang("Le chemin de fer reliera les deux villes d'ici la fin de l'année prochaine."));
        assertEquals("mn", lang("Монгол улсын ерөнхийлөгч өнөөдөр Бээжинд айлчилж байна."));
    }

    @Test
    void aPhraseOfFunctionWordsIsDecidedByTheWordsNotTheirLetters() {
        assertEquals("en", lang("to"), "n-gram models call 'to' Italian");
        assertEquals("en", lang("and the"));
        assertEquals("ru", lang("или"));
        assertEquals("de", lang("und die"));
    }

    @Test
    void aLoneLowerCaseLetterIsAWordButACapitalIsAMark() {
        assertEquals("uk", lang("і"), "Ukrainian 'and'");
        assertEquals("tg", lang("ӯ"), "Tajik 'he, she'");
        assertEquals("pl", lang("w"), "Polish 'in'");
        assertEquals("und", lang("A"), "a list mark or an initial");
    }

    @Test
    void aPhraseOfContentWordsKeepsTheLanguagesThatHaveTheWords() {
        // no ټ ډ ړ ښ ګ ڼ ې: only the words themselves say Pashto, not Persian or Urdu
        assertEquals("ps", lang("ولسمشر"), "president");
        assertEquals("ps", lang("خپلو خلکو"), "to their people");
        assertEquals("fa", lang("رئیس جمهور"), "the Persian for the same");
    }

    @Test
    void aQuotedForeignNameDoesNotDisqualifyALongParagraph() {
        String ru = "Делегация посетила столицу, которую местные жители называют Нұр-Сұлтан, и провела переговоры"
                + " с представителями правительства о строительстве новой железной дороги через границу.";
        assertEquals("ru", lang(ru));
    }

    @Test
    void confidenceIsHighForClearTextAndBounded() {
        LanguageGuess g = detector.detect("Қазақстан мен Қытай арасындағы сауда көлемі өткен жылы өсті.");
        assertTrue(g.confidence() >= 0.9 && g.confidence() <= 1.0, "confidence " + g.confidence());
    }
}
