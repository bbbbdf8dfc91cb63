package dev.silkroute.verify;

import dev.silkroute.intake.RawInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Files for the drills: distinct small news-like text dumps (each its own document) and, every
 * tenth, an empty file that must end in {@code .failed/}. Written as the README tells operators
 * to drop files: to a {@code .part} name, then renamed.
 */
final class DropCorpus {
    /** What a dropped file must become: stored (with this SHA-256) or failed. */
    record Expectation(String name, String sha256, boolean shouldStore) {}

    private static final String[] CITIES = {"Urumqi", "Kashgar", "Almaty", "Astana", "Bishkek", "Tashkent", "Dushanbe", "Horgos"};
    private static final String[] GOODS = {"cotton", "tomatoes", "machinery", "textiles", "grain", "electronics", "fruit"};

    private final Random random;
    private final Map<String, Expectation> expectations = new LinkedHashMap<>();
    private int next;

    DropCorpus(long seed) {
        this.random = new Random(seed);
    }

    List<Expectation> drop(Path inbox, int count) throws IOException {
        Files.createDirectories(inbox);
        List<Expectation> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = next++;
            boolean bad = n % 10 == 9;
            String name = String.format("drill-%06d.txt", n);
            byte[] bytes = bad ? new byte[0] : article(n).getBytes(StandardCharsets.UTF_8);
            Path part = inbox.resolve(name + ".part");
            Files.write(part, bytes);
            Files.move(part, inbox.resolve(name));
            Expectation e = new Expectation(name, RawInput.sha256(bytes), !bad);
            expectations.put(name, e);
            out.add(e);
        }
        return out;
    }

    Map<String, Expectation> expectations() {
        return expectations;
    }

    private String article(int n) {
        String from = CITIES[random.nextInt(CITIES.length)], to = CITIES[random.nextInt(CITIES.length)];
        String goods = GOODS[random.nextInt(GOODS.length)];
        return "Freight train number " + n + " leaves " + from + "\n\n"
                + "Published: 2024-03-" + String.format("%02d", 1 + n % 28) + "\n\n"
                + "A freight train carrying " + (100 + random.nextInt(900)) + " tonnes of " + goods + " left " + from
                + " for " + to + " on Monday, the operator said, the " + n + "th service on the route this year.\n\n"
                + "Officials expect trade along the corridor to grow by " + (5 + random.nextInt(30))
                + " percent, as new customs procedures shorten the stop at the border to a few hours.\n";
    }
}
