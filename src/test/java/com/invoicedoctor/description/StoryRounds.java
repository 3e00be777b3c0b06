package com.invoicedoctor.description;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which rounds of evaluation/stories/ development tools may read. A round folder (round-N) is held out until a walk
 * of it is committed under evaluation/walks/ (a folder named …round-N or …round-N-…): before that nobody writing
 * knowledge may read it, and tools that go through "all the stories" leave it out. The top-level zh.yaml and en.yaml
 * were the first round and are spent.
 */
public final class StoryRounds {
    private static final Pattern ROUND = Pattern.compile("round-(\\d+)");

    private StoryRounds() {
    }

    /** The story files of the spent rounds under a stories folder, in name order. */
    public static List<Path> spentFiles(Path stories, Path walks) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(stories)) {
            for (Path f : all.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Path folder = stories.relativize(f).getNameCount() > 1 ? stories.resolve(stories.relativize(f).getName(0)) : null;
                if (folder == null || !isHeldOut(folder, walks)) {
                    files.add(f);
                }
            }
        }
        return files;
    }

    /** Whether a story file or round folder belongs to a round nobody has walked yet. */
    public static boolean isHeldOut(Path fileOrFolder, Path walks) throws IOException {
        for (Path p = fileOrFolder.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            var m = ROUND.matcher(p.getFileName() == null ? "" : p.getFileName().toString());
            if (m.matches()) {
                return !walked(m.group(1), walks);
            }
        }
        return false;
    }

    private static boolean walked(String round, Path walks) throws IOException {
        if (!Files.isDirectory(walks)) {
            return false;
        }
        Pattern named = Pattern.compile(".*round-" + round + "(-.*)?");
        try (Stream<Path> dirs = Files.list(walks)) {
            return dirs.filter(Files::isDirectory).anyMatch(d -> named.matcher(d.getFileName().toString()).matches());
        }
    }
}
