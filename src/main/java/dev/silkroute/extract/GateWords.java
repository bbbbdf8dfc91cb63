package dev.silkroute.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which of a fixed set of words a text contains, found in one pass over the text (an Aho-Corasick
 * automaton). The boilerplate rules' gates asked {@code line.contains(word)} for each word of each
 * rule, some three hundred searches of every short line; one pass answers them all (the rules over
 * the dev dumps' lines: 1.83 s before, 1.27 s with it, see {@code BoilerplateRules.SCAN_MAX}).
 */
final class GateWords {
    private final Map<String, Integer> ids = new LinkedHashMap<>();
    /** Per state, the characters it moves on (sorted) and the states they lead to. */
    private final char[][] keys;
    private final int[][] targets;
    private final int[] fail;
    /** Per state, the ids of the words that end there, its failure chain's included. */
    private final int[][] ends;
    /**
     * Every state's move on every ASCII character, failure links followed in advance: one array
     * read per character of a line (binary searches and failure chains are left for other scripts).
     * The root's row is filled first: the failure links are found through it.
     * The 440,000 short lines of the dev dumps: 270-350 ms before, 100-125 ms with it.
     */
    private final int[] asciiMoves;

    GateWords(Iterable<String> words) {
        List<TreeMap<Character, Integer>> moves = new ArrayList<>();
        List<List<Integer>> endsAt = new ArrayList<>();
        moves.add(new TreeMap<>());
        endsAt.add(new ArrayList<>());
        for (String w : words) {
            if (w.isEmpty() || ids.containsKey(w)) continue;
            int id = ids.size();
            ids.put(w, id);
            int s = 0;
            for (int i = 0; i < w.length(); i++) {
                Integer t = moves.get(s).get(w.charAt(i));
                if (t == null) {
                    t = moves.size();
                    moves.get(s).put(w.charAt(i), t);
                    moves.add(new TreeMap<>());
                    endsAt.add(new ArrayList<>());
                }
                s = t;
            }
            endsAt.get(s).add(id);
        }
        int n = moves.size();
        keys = new char[n][];
        targets = new int[n][];
        for (int s = 0; s < n; s++) {
            keys[s] = new char[moves.get(s).size()];
            targets[s] = new int[keys[s].length];
            int k = 0;
            for (var m : moves.get(s).entrySet()) {
                keys[s][k] = m.getKey();
                targets[s][k++] = m.getValue();
            }
        }
        asciiMoves = new int[n * 128];
        for (int k = 0; k < keys[0].length; k++) if (keys[0][k] < 128) asciiMoves[keys[0][k]] = targets[0][k];
        // failure links breadth first, so a state's failure target is finished before the state
        fail = new int[n];
        ends = new int[n][];
        ends[0] = new int[0];
        int[] queue = new int[n];
        int head = 0, tail = 0;
        for (int t : targets[0]) queue[tail++] = t;
        while (head < tail) {
            int s = queue[head++];
            List<Integer> mine = new ArrayList<>(endsAt.get(s));
            for (int e : ends[fail[s]]) mine.add(e);
            ends[s] = mine.stream().mapToInt(Integer::intValue).toArray();
            for (int k = 0; k < keys[s].length; k++) {
                int t = targets[s][k];
                fail[t] = s == 0 ? 0 : next(fail[s], keys[s][k]);
                queue[tail++] = t;
            }
        }
        // breadth first again: a state's failure target is shallower, and its moves are filled in first
        for (int q = 0; q < tail; q++) {
            int s = queue[q];
            System.arraycopy(asciiMoves, fail[s] * 128, asciiMoves, s * 128, 128);
            for (int k = 0; k < keys[s].length; k++) if (keys[s][k] < 128) asciiMoves[s * 128 + keys[s][k]] = targets[s][k];
        }
    }

    /** The id of a word given to the constructor, for {@link #containsAny}. */
    int id(String word) {
        Integer id = ids.get(word);
        if (id == null) throw new IllegalArgumentException("not a gate word: " + word);
        return id;
    }

    /** The words the text contains, as a bit set of their ids. */
    long[] find(String text) {
        long[] found = new long[(ids.size() + 63) >>> 6];
        int s = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            s = c < 128 ? asciiMoves[s * 128 + c] : next(s, c);
            for (int id : ends[s]) found[id >>> 6] |= 1L << id;
        }
        return found;
    }

    static boolean containsAny(long[] found, int[] ids) {
        for (int id : ids) if ((found[id >>> 6] & 1L << id) != 0) return true;
        return false;
    }

    /** The state after reading {@code c} in state {@code s}, following failure links. */
    private int next(int s, char c) {
        while (true) {
            if (s == 0) {
                if (c < 128) return asciiMoves[c];
                int k = Arrays.binarySearch(keys[0], c);
                return k >= 0 ? targets[0][k] : 0;
            }
            int k = Arrays.binarySearch(keys[s], c);
            if (k >= 0) return targets[s][k];
            s = fail[s];
        }
    }
}
