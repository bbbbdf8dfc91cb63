package dev.silkroute.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.silkroute.app.Components;
import dev.silkroute.app.Settings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentLanguageLabellerTest {
    private final LanguageDetector detector = Components.languageDetector(Settings.defaults(Path.of("")));

    @Test
    void anEnglishPageWithAChineseParagraphStaysEnglishAndTheParagraphIsChinese() {
        DocumentLanguages langs = new DocumentLanguageLabeller(detector).label(List.of(
                "The two sides signed an agreement on the development of seven Silk Road friendship cities.",
                "Officials said the cooperation would cover culture, tourism and trade between the districts.",
                "泉州市政协原副主席李冀平表示，7座丝路友城分别代表了草原游牧文明、华夏农耕文明、中华海洋文明。",
                "The agreement will be reviewed every year by the participating governments."));
        assertEquals("en", langs.language());
        assertEquals(List.of("en", "en", "zh", "en"), langs.paragraphs().stream().map(LanguageGuess::lang).toList());
    }

    @Test
    void lettersDecideTheLanguagesModelsLack() {
        assertEquals("ug", detector.detect("ئۈرۈمچى شەھىرى شىنجاڭنىڭ مەركىزى").lang());
        assertEquals("kk", detector.detect("Қазақстан Республикасы тәуелсіз мемлекет").lang());
        assertEquals("tg", detector.detect("Ҷумҳурии Тоҷикистон давлати соҳибихтиёр аст").lang());
        assertEquals("uz", detector.detect("Ўзбекистон Республикаси мустақил давлат").lang());
        assertEquals("ru", detector.detect("Казахстан и Китай подписали соглашение о сотрудничестве").lang());
        assertEquals("und", detector.detect("0991-4689813 2018-01-22").lang());
    }

    @Test
    void theDetectorIsBuiltOncePerProcess() {
        assertSame(detector, Components.languageDetector(Settings.defaults(Path.of(""))));
    }
}
