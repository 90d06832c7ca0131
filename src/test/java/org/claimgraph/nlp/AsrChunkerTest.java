package org.claimgraph.nlp;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class AsrChunkerTest {
    private final AsrChunker chunker = new AsrChunker(Set.of("然后", "所以"), 30, 60);

    @Test
    void joinsPhrasesUntilTheMinimumAndNeverCutsBetweenLatinWords() {
        String text = "我去test flight里面申请 好像没申请到 但是你如果有装上这个应用以后呢 你可以不停的和这个ChatGPT聊天 当你不停的和他聊天的时候";
        List<Chunk> chunks = chunker.chunk(text);
        assertTrue(chunks.size() >= 2, chunks.toString());
        for (Chunk c : chunks) {
            String s = text.substring(c.begin(), c.end());
            assertFalse(s.startsWith("flight"), "cut inside 'test flight': " + s);
            assertEquals(s.strip(), s, "chunks carry no surrounding whitespace");
        }
        assertEquals(0, chunks.get(0).begin());
        assertEquals(text.length(), chunks.get(chunks.size() - 1).end());
    }

    @Test
    void aDiscourseCueAfterAPauseStartsANewChunkEarly() {
        String text = "他一定会拿去做训练 然后这个有可能提高性能";
        List<Chunk> chunks = chunker.chunk(text);
        assertEquals(2, chunks.size(), chunks.toString());
        assertEquals("然后这个有可能提高性能", text.substring(chunks.get(1).begin(), chunks.get(1).end()));
    }

    @Test
    void aPauseAfterAQuestionParticleEndsTheClause() {
        AsrChunker withQuestions = new AsrChunker(Set.of("然后"), Set.of("吗"), 30, 60);
        String text = "能解决很多问题吗 应该很难 对吧";
        assertEquals("能解决很多问题吗", text.substring(0, withQuestions.chunk(text).get(0).end()));
        assertEquals(1, chunker.chunk(text).size(), "without question particles it is one chunk");
    }

    @Test
    void lineBreaksAlwaysCut() {
        String text = "第一句\n第二句";
        assertEquals(List.of(new Chunk(0, 3), new Chunk(4, 7)), chunker.chunk(text));
    }

    @Test
    void aLongRunWithoutPausesIsCutBetweenHanCharactersAtMostMaxLong() {
        String text = "模型".repeat(100) + "abc";
        List<Chunk> chunks = chunker.chunk(text);
        for (Chunk c : chunks) assertTrue(c.end() - c.begin() <= 60, "chunk too long: " + c);
        assertEquals(text.length(), chunks.get(chunks.size() - 1).end());
    }

    @Test
    void theSampleBecomesClauseSizedChunksThatCoverAllItsText() throws Exception {
        String text = Files.readString(Path.of("sample/ai-panel-2023.zh.txt"));
        List<Chunk> chunks = chunker.chunk(text);
        int covered = 0;
        int previousEnd = 0;
        for (Chunk c : chunks) {
            assertTrue(c.begin() >= previousEnd);
            assertTrue(text.substring(previousEnd, c.begin()).isBlank(), "only whitespace between chunks");
            assertTrue(c.end() - c.begin() <= 120, "chunk of " + (c.end() - c.begin()) + " chars");
            covered += c.end() - c.begin();
            previousEnd = c.end();
        }
        assertTrue(chunks.size() > 80, "the sample has no punctuation; it must still be cut into many clauses");
        assertEquals(text.replaceAll("\\s", "").length(), text.substring(0, previousEnd).replaceAll("\\s", "").length());
        assertTrue(covered > text.length() * 0.9);
    }
}
