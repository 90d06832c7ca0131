package org.claimgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import org.claimgraph.lexicon.Concept;
import org.claimgraph.lexicon.LabelMatch;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.nlp.Token;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.IriScheme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies the relation rules to the tokens of one transcript. Tokens carry their entity (from the mentions, and
 * for a pronoun from its antecedent), the rules match over the whole token sequence (so a claim may span chunks),
 * and each match becomes statements with certainty, polarity and attribution read off the cue words around it.
 * A group whose head is a noun outside the lexicon names a new entity (a term, typed cg:Concept).
 */
final class ClaimFinder {
    private static final int CUE_WINDOW_TOKENS_BEFORE = 12;
    private static final int CUE_WINDOW_TOKENS_AFTER = 8;
    private static final int COREF_WINDOW_TOKENS = 60;
    private static final int ANCHOR_REACH_TOKENS = 60;
    private static final int BARE_DEMONSTRATIVE_WINDOW_TOKENS = 30;
    /** How far the answer to a question (X 为什么…) reaches: a guess at a panellist's answer, a few hundred words. */
    private static final int ANSWER_REACH_TOKENS = 500;
    private static final int ATTRIBUTION_WINDOW_TOKENS = 4;
    /**
     * How many clauses before a match's own a subject or object left out is looked for in: the topic, the nearest
     * mention of a class, the statement whose subject or object a rule takes over.
     */
    private static final int CONTEXT_CLAUSES = 2;
    private static final List<String> OBJECT_GROUPS = List.of("$obj", "$obj2", "$obj3", "$obj4");
    /** The object group of a statement whose object is the previous statement's (rule keyword "object previous"). */
    private static final String PREVIOUS_OBJECT = "previous";
    private static final Set<String> HESITATIONS = Set.of("呃", "嗯", "额", "啊", "um", "uh");
    /** Nouns of position (其中 code ranger, 在 X 上面): no part of a name (as in the NOUN macro of the rules). */
    private static final Set<String> POSITION_NOUNS = Set.of("上面", "里面", "下面", "方面", "之间", "当中", "其中", "上", "里", "中");
    private static final Set<String> CONJUNCTIONS = Set.of("和", "跟", "与", "及", "以及", "或者", "或", "、", "还有", "and", "or");

    private final List<RelationRule> rules;
    private final Cues cues;
    private final IriScheme iris;
    private final Lexicon lexicon;

    ClaimFinder(List<RelationRule> rules, Cues cues, IriScheme iris, Lexicon lexicon) {
        this.rules = rules;
        this.lexicon = lexicon;
        this.cues = cues;
        this.iris = iris;
    }

    /** The claims, and the mentions with the terms the rules named added. */
    record Result(List<Claim> claims, List<Mention> mentions) {}

    Result find(String text, List<Token> tokens, List<Mention> lexiconMentions) {
        Doc doc = new Doc(text, tokens, new ArrayList<>(lexiconMentions));
        // descriptions first: 那个model after a relative clause is the model described, not the nearest one
        resolveDescriptions(doc);
        // a bare 模型 where 从图片来说 set the topic: the image model
        resolveFrames(doc);
        resolvePronouns(doc);
        List<CoreLabel> labels = labels(doc);

        List<Found> found = new ArrayList<>();
        for (RelationRule rule : rules) {
            for (int[] region : regions(rule, doc.tokens)) {
                TokenSequenceMatcher m = rule.pattern().getMatcher(labels);
                m.region(region[0], region[1]);
                while (m.find()) found(doc, rule, m, found);
            }
        }
        List<Mention> mentions = new ArrayList<>(doc.mentions);
        mentions.sort(Comparator.comparingInt(Mention::begin));
        return new Result(group(found), mentions);
    }

    /**
     * The statements of one match: each subject it names with each object, unless an earlier rule said it there;
     * none when the match runs over a topic frame.
     */
    private void found(Doc doc, RelationRule rule, TokenSequenceMatcher m, List<Found> found) {
        // a frame (…比如说多轮对话 | 就从视频来说 提升模型的语言能力) changes the topic: nothing before it is said of what follows
        for (int t = m.start(); t < m.end(); t++) if (doc.framing[t]) return;
        List<Mention> subjects;
        if (rule.topicClasses() != null) {
            Mention topic = topic(doc, m.start(), rule.topicClasses());
            subjects = topic == null ? List.of() : List.of(topic);
        } else if (rule.nearestClasses() != null) {
            Mention nearest = nearestBefore(doc, m.start(), rule.nearestClasses());
            subjects = nearest == null ? List.of() : List.of(nearest);
        } else if (rule.subjectFrom() != null) {
            Mention previous = previous(doc, rule.subjectFrom(), false, m.start(), found);
            subjects = previous == null ? List.of() : List.of(previous);
        } else {
            subjects = heads(doc, m, "$subj");
        }
        if (rule.reciprocal()) {
            // 这些模态会相互帮助: modalities help modalities; 代码数据和网页数据互相帮助: each helps the other
            for (Mention subject : subjects) {
                for (Mention object : subjects) {
                    if (subjects.size() > 1 && object == subject) continue;
                    Found f = statement(doc, rule, m, subject, object, "$subj");
                    if (!conflicts(found, f)) found.add(f);
                }
            }
            return;
        }
        // (no subject, no statement: and no term minted for an object nothing is said of)
        if (subjects.isEmpty()) return;
        Map<Mention, String> groupOf = new LinkedHashMap<>();
        if (rule.objectFrom() != null) {
            Mention previous = previous(doc, rule.objectFrom(), true, m.start(), found);
            if (previous != null) groupOf.put(previous, PREVIOUS_OBJECT);
        }
        for (String group : OBJECT_GROUPS) {
            // (where the group, cut back to its own clause, ends: not where a run-on match of it ended)
            if (groupStart(m, group) >= 0 && !modifiesAnotherNoun(doc, groupTokens(doc, m, group)[1] + 1)) {
                for (Mention o : heads(doc, m, group)) groupOf.putIfAbsent(rule.modalityAs() != null ? standingFor(doc, o, rule.modalityAs()) : o, group);
            }
        }
        for (Mention subject : subjects) {
            for (var object : groupOf.entrySet()) {
                if (object.getKey().concept().iri().equals(subject.concept().iri())) continue;
                Found f = statement(doc, rule, m, subject, object.getKey(), object.getValue());
                if (!conflicts(found, f)) found.add(f);
            }
        }
    }

    /**
     * The topic before token {@code at}: the first mention in its clause before it, or when that part of the clause
     * names nothing, the first mention of the nearest of the two clauses before that names something; null when
     * that is not of one of {@code classes} (the clause is about something else) or there is none.
     */
    private static Mention topic(Doc doc, int at, Set<String> classes) {
        List<Token> tokens = doc.tokens;
        int start = at;
        while (start > 0 && tokens.get(start - 1).chunk() == tokens.get(at).chunk()) start--;

        // this clause up to the match, then the two before it
        int from = start, to = at;
        for (int back = 0; back <= CONTEXT_CLAUSES; back++) {
            for (int t = from; t < to; t++) {
                if (doc.mentionOfToken[t] < 0) continue;
                Mention head = doc.mentions.get(headOfPhrase(doc, t, to));
                return classes.contains(typeOf(head)) ? head : null;
            }
            if (from == 0) return null;
            to = from;
            from = to - 1;
            while (from > 0 && tokens.get(from - 1).chunk() == tokens.get(to - 1).chunk()) from--;
        }
        return null;
    }

    /**
     * The nearest mention of one of {@code classes} before token {@code at}, in its clause or the two before it (a
     * subject left out that is not the topic but the thing last spoken of); null when there is none.
     */
    private static Mention nearestBefore(Doc doc, int at, Set<String> classes) {
        int firstClause = doc.tokens.get(at).chunk() - CONTEXT_CLAUSES, from = at;
        while (from > 0 && doc.tokens.get(from - 1).chunk() >= firstClause) from--;
        int found = nearestMentionOf(doc, at, classes, at - from);
        return found < 0 ? null : doc.mentions.get(found);
    }

    /**
     * The mention that heads the noun phrase beginning with the mention at token {@code t}, before token {@code to}:
     * mentions chained by 的, with at most two determiners or measure words after it (GPT-4的多轮对话: multi-turn
     * dialogue).
     */
    private static int headOfPhrase(Doc doc, int t, int to) {
        int head = doc.mentionOfToken[t];
        int i = t;
        while (true) {
            i = doc.lastTokenOf(head, i, to);
            int j = i + 1;
            if (j >= to || !doc.tokens.get(j).word().equals("的")) return head;
            j++;
            for (int k = 0; k < 2 && j < to && doc.tokens.get(j).pos().matches("DT|M|CD") && doc.mentionOfToken[j] < 0; k++) j++;
            if (j >= to || doc.mentionOfToken[j] < 0) return head;
            head = doc.mentionOfToken[j];
            i = j;
        }
    }

    /**
     * A modality object as what it stands for in this rule: its data (在text上面train: text data) or its generation
     * (生成一个reasonable text: text generation), where the lexicon has an entry of that class labelled with the
     * modality's word and "data" / 数据 or "generation" / 生成; any other object as it is.
     */
    private Mention standingFor(Doc doc, Mention object, ModalityAs kind) {
        LabelMatch found = standingFor(object, kind);
        if (found == null) return object;
        Mention standing = new Mention(object.begin(), object.end(), object.text(), found.concept(), found.label(), false);
        // one mention per span: here the word names the data or the generation
        doc.mentions.set(doc.mentions.indexOf(object), standing);
        return standing;
    }

    /** The lexicon entry a modality mention's word and the kind's suffix spell (text + generation), or null. */
    private LabelMatch standingFor(Mention modality, ModalityAs kind) {
        if (!typeOf(modality).equals("Modality")) return null;
        for (String word : List.of(modality.text(), modality.concept().label())) {
            for (String suffix : List.of(kind.english, kind.chinese)) {
                LabelMatch found = lexicon.labelled(Lexicon.compound(word, suffix));
                if (found != null && localName(found.concept().typeIri()).equals(kind.typeName)) return found;
            }
        }
        return null;
    }

    /** How far a topic frame (从图片来说) reaches when no other frame follows. */
    private static final int FRAME_REACH_TOKENS = 400;
    /** Tags of a word before 模型 that make it no bare noun (不同的模型, 这个模型, 大模型…). */
    private static final Set<String> MODIFIER_TAGS = Set.of("DEG", "DEC", "DT", "JJ", "CD", "OD", "M", "NN", "NR", "FW");

    /**
     * 从 X 来说 (X a modality: rules/cues.tsv, kind frame) sets X as the topic of what follows, until the next frame or
     * {@value #FRAME_REACH_TOKENS} tokens. There a bare 模型 or model (no modifier, determiner or number before it, no
     * part of a mention) is the model of that modality, where the lexicon has "X model" or "X模型" (就从图片来说 …
     * 给模型描述: the image model), and such a model's 生成能力 (生成的能力) is the generation of X (图片生成). The
     * frame's own X is no argument of a relation.
     */
    private void resolveFrames(Doc doc) {
        List<Token> tokens = doc.tokens;
        Mention frame = null;
        int reach = -1;
        for (int t = 0; t < tokens.size(); t++) {
            Mention opened = frameOpenedAt(doc, t);
            if (opened != null) {
                frame = opened;
                reach = t + FRAME_REACH_TOKENS;
                Arrays.fill(doc.framing, t + 1, doc.lastTokenOf(doc.mentionOfToken[t + 1], t + 1, tokens.size()) + 1, true);
                continue;
            }
            if (frame == null || t > reach || doc.mentionOfToken[t] >= 0 || !"Model".equals(cues.classOfNoun(tokens.get(t).word()))) continue;
            if (t > 0 && (MODIFIER_TAGS.contains(tokens.get(t - 1).pos()) || doc.mentionOfToken[t - 1] >= 0)) continue;
            LabelMatch model = standingFor(frame, ModalityAs.MODEL);
            if (model == null) continue;
            addMention(doc, t, t, model);
            // (的) 生成 (的) 能力 after it
            int g = t + 1;
            if (g < tokens.size() && tokens.get(g).word().equals("的")) g++;
            if (g + 1 >= tokens.size() || !tokens.get(g).word().equals("生成")) continue;
            int a = g + 1;
            if (a < tokens.size() && tokens.get(a).word().equals("的")) a++;
            LabelMatch generation = standingFor(frame, ModalityAs.GENERATION);
            boolean free = true;
            for (int k = g; k <= a && k < tokens.size(); k++) free &= doc.mentionOfToken[k] < 0;
            if (generation != null && free && a < tokens.size() && tokens.get(a).word().equals("能力")) addMention(doc, g, a, generation);
        }
    }

    /** The modality mention a frame opens at token t (从 图片 来说 / 来 说), or null. */
    private Mention frameOpenedAt(Doc doc, int t) {
        List<Token> tokens = doc.tokens;
        if (!cues.opensFrame(tokens.get(t).word()) || t + 2 >= tokens.size() || doc.mentionOfToken[t + 1] < 0) return null;
        int mi = doc.mentionOfToken[t + 1];
        int last = doc.lastTokenOf(mi, t + 1, tokens.size());
        if (last + 1 >= tokens.size()) return null;
        String after = tokens.get(last + 1).word();
        String afterTwo = last + 2 < tokens.size() ? after + tokens.get(last + 2).word() : after;
        Mention m = doc.mentions.get(mi);
        return typeOf(m).equals("Modality") && (cues.closesFrame(after) || cues.closesFrame(afterTwo)) ? m : null;
    }

    /** A new mention over tokens first to last of the entry found, which their tokens now carry. */
    private static void addMention(Doc doc, int first, int last, LabelMatch found) {
        int begin = doc.tokens.get(first).begin(), end = doc.tokens.get(last).end();
        doc.mentions.add(new Mention(begin, end, doc.text.substring(begin, end), found.concept(), found.label(), false));
        for (int k = first; k <= last; k++) doc.mentionOfToken[k] = doc.mentions.size() - 1;
    }

    /**
     * Where a rule needs to run: the stretches of up to {@value #ANCHOR_REACH_TOKENS} tokens either side of its
     * anchor words, merged, or the whole transcript for a rule without anchor. Matching a pattern is tried from
     * every token, so on long transcripts this is most of the rules' cost; no match reaches that far from its
     * predicate.
     */
    private static List<int[]> regions(RelationRule rule, List<Token> tokens) {
        if (rule.anchor() == null) return List.of(new int[] {0, tokens.size()});
        List<int[]> regions = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            if (!rule.anchor().matcher(tokens.get(t).word()).matches()) continue;
            int from = Math.max(0, t - ANCHOR_REACH_TOKENS), to = Math.min(tokens.size(), t + ANCHOR_REACH_TOKENS + 1);
            int[] last = regions.isEmpty() ? null : regions.get(regions.size() - 1);
            if (last != null && from <= last[1]) last[1] = Math.max(last[1], to);
            else regions.add(new int[] {from, to});
        }
        return regions;
    }

    /** What one match says: span, certainty and its cue, polarity, attribution. */
    private Found statement(Doc doc, RelationRule rule, TokenSequenceMatcher m, Mention subject, Mention object, String objectGroup) {
        List<Token> tokens = doc.tokens;
        String text = doc.text;
        // The evidence is the match, but only over the clauses that subject, predicate and object stand in: a group
        // that ran on into another clause was cut back to its own (see heads).
        // (an object taken from the previous statement stands outside the match: the evidence is the match)
        int[] obj = objectGroup.equals(PREVIOUS_OBJECT) ? new int[] {m.end() - 1, m.end() - 1} : groupTokens(doc, m, objectGroup);
        // (a subject taken from the topic stands outside the match: the evidence is the match)
        int[] subj = rule.subjectOutside() ? new int[] {m.start(), m.start()} : groupTokens(doc, m, "$subj");
        int firstChunk = Math.min(tokens.get(subj[0]).chunk(), Math.min(tokens.get(m.start("$pred")).chunk(), tokens.get(obj[0]).chunk()));
        int lastChunk = Math.max(tokens.get(subj[1]).chunk(), Math.max(tokens.get(m.end("$pred") - 1).chunk(), tokens.get(obj[1]).chunk()));
        // It starts at the first group: a token a rule only looks at before it (not after 让) is no part of it.
        int first = Math.min(subj[0], Math.min(m.start("$pred"), obj[0])), last = m.end() - 1;
        while (tokens.get(first).chunk() < firstChunk) first++;
        while (tokens.get(last).chunk() > lastChunk) last--;
        int begin = tokens.get(first).begin();
        int end = tokens.get(last).end();
        int predBegin = tokens.get(m.start("$pred")).begin();
        int windowBefore = tokens.get(clauseStartBefore(tokens, m.start())).begin();
        int windowAfter = tokens.get(Math.min(tokens.size() - 1, m.end() - 1 + CUE_WINDOW_TOKENS_AFTER)).end();

        // A negation counts between the predicate and the argument before it (the subject, or an object named first:
        // A 并不比 B 差, B 没有被 A 超过).
        int argumentEnd = !rule.subjectOutside() && m.end("$subj") <= m.start("$pred") ? m.end("$subj") : Integer.MAX_VALUE;
        if (!objectGroup.equals(PREVIOUS_OBJECT) && m.end(objectGroup) <= m.start("$pred")) argumentEnd = Math.min(argumentEnd, m.end(objectGroup));
        boolean negatedHere = argumentEnd < m.start("$pred") && negated(tokens, argumentEnd, m.start("$pred"));
        Polarity polarity = negatedHere != rule.negative() ? Polarity.NEGATIVE : Polarity.POSITIVE;
        Cue cue = denial(text, end, windowAfter);
        if (cue != null) {
            polarity = polarity.opposite();
        } else {
            cue = certaintyCue(text, windowBefore, predBegin, end, windowAfter);
            // 我不觉得 X 比 Y 好: the speaker doubts the claim rather than hedging it
            if (cue != null && cue.cue.denies()) polarity = polarity.opposite();
        }
        Certainty certainty = rule.certainty() != null ? rule.certainty() : cue == null ? Certainty.ASSERTED : cue.cue.certainty();
        Mention attributedTo = rule.attributedToSubject() ? subject
                : cue != null && cue.cue.certainty() == Certainty.REPORTED ? speakerBefore(doc, cue.at) : null;
        // The aspect group, when a rule has one, names what a comparison is about (reasoning的performance要比…).
        List<Mention> aspects = groupStart(m, "$aspect") >= 0 ? heads(doc, m, "$aspect") : List.of();
        Mention aspect = aspects.isEmpty() ? null : aspects.get(0);
        Statement s = new Statement(begin, end, certainty, cue == null ? null : cue.cue.words(), rule.id(), subject, object, attributedTo,
                aspect, List.of(), null);
        return new Found(new ClaimKey(subject.concept(), rule.relation(), object.concept(), polarity), s);
    }

    /** Where a named group starts, or -1 when the rule has no such group or it matched nothing. */
    private static int groupStart(TokenSequenceMatcher m, String group) {
        try {
            return m.start(group);
        } catch (RuntimeException noSuchGroup) {
            return -1;
        }
    }

    /** A certainty cue and where it stands in the text. */
    private record Cue(Cues.CertaintyCue cue, int at) {}

    /**
     * A cue after the claim (an answer such as 答案是肯定的) wins; then a cue of doubt before it (我不觉得); then a
     * reporting cue before it (我听到), since
     * who said it matters more than how firmly it was passed on; then a question (能不能, 是不是), which makes the
     * clause speculative whatever adverbs it has; otherwise the before-cue nearest the predicate.
     */
    private Cue certaintyCue(String text, int windowBefore, int predBegin, int end, int windowAfter) {
        Cue after = null;
        String following = text.substring(end, Math.max(end, windowAfter));
        for (Cues.CertaintyCue c : cues.certainty()) {
            if (!c.after()) continue;
            int at = following.indexOf(c.words());
            if (at >= 0 && (after == null || end + at < after.at)) after = new Cue(c, end + at);
        }
        if (after != null) return after;
        // the speaker's own doubt (我不觉得) is about the claim right after it, whoever else said it before
        Cue doubt = nearestBefore(text, windowBefore, predBegin, Cues.CertaintyCue::denies);
        if (doubt != null) return doubt;
        for (Certainty first : List.of(Certainty.REPORTED, Certainty.SPECULATIVE)) {
            Cue cue = nearestBefore(text, windowBefore, predBegin, c -> c.certainty() == first);
            if (cue != null) return cue;
        }
        return nearestBefore(text, windowBefore, predBegin, c -> true);
    }

    /** The cue nearest before the predicate among those {@code wanted} accepts. */
    private Cue nearestBefore(String text, int windowBefore, int predBegin, java.util.function.Predicate<Cues.CertaintyCue> wanted) {
        Cue best = null;
        String preceding = text.substring(windowBefore, Math.max(windowBefore, predBegin));
        for (Cues.CertaintyCue c : cues.certainty()) {
            if (c.after() || !wanted.test(c)) continue;
            int found = preceding.lastIndexOf(c.words());
            if (found < 0) continue;
            int at = windowBefore + found;
            boolean better = best == null || at > best.at || (at == best.at && c.words().length() > best.cue.words().length());
            if (better) best = new Cue(c, at);
        }
        return best;
    }

    /** An answer denying the claim, after a question particle that closes it (能解决…吗 应该很难). */
    private Cue denial(String text, int end, int windowAfter) {
        String following = text.substring(end, Math.max(end, windowAfter));
        int question = indexOfAny(following, cues.questionParticles());
        if (question < 0) return null;
        for (Cues.CertaintyCue c : cues.denials()) {
            int at = following.indexOf(c.words(), question);
            if (at >= 0) return new Cue(c, end + at);
        }
        return null;
    }

    private static int indexOfAny(String text, Iterable<String> words) {
        int best = -1;
        for (String w : words) {
            int at = text.indexOf(w);
            if (at >= 0 && (best < 0 || at < best)) best = at;
        }
        return best;
    }

    /**
     * Where the cue window before a match starts: up to {@value #CUE_WINDOW_TOKENS_BEFORE} tokens back, but not
     * before the nearest discourse marker (然后, 所以…): a hedge in an earlier clause does not govern this one.
     */
    private int clauseStartBefore(List<Token> tokens, int matchStart) {
        int limit = Math.max(0, matchStart - CUE_WINDOW_TOKENS_BEFORE);
        for (int t = matchStart - 1; t >= limit; t--) {
            if (cues.discourse().contains(tokens.get(t).word())) return t;
        }
        return limit;
    }

    /**
     * A negation token (不, 没有…) between subject and predicate. The 不 of an A-not-A question (是不是, 能不能够)
     * asks rather than denies, and a word that merely contains 不 (差不多) is a token of its own.
     */
    private boolean negated(List<Token> tokens, int from, int to) {
        for (int t = from; t < to; t++) {
            if (!cues.negation().contains(tokens.get(t).word())) continue;
            boolean aNotA = t > 0 && t + 1 < tokens.size() && tokens.get(t + 1).word().startsWith(tokens.get(t - 1).word());
            if (!aNotA) return true;
        }
        return false;
    }

    /**
     * The argument a rule takes over from the nearest statement of {@code from}'s relation found before token
     * {@code at} (by a rule above the one asking), ending in the clause of {@code at} or one of the
     * {@value #CONTEXT_CLAUSES} before it: its part in the same place ({@code forObject}: its object), or the other
     * one where {@code from} says so. 英文占主要部分的pre-training corpus 然后其他语言的话占比较小的比例 speaks of the same
     * corpus; 这样的问题 after a limitation is the limitation's object. Null when there is none.
     */
    private static Mention previous(Doc doc, RelationRule.FromPrevious from, boolean forObject, int at, List<Found> found) {
        int begin = doc.tokens.get(at).begin();
        int firstClause = doc.tokens.get(at).chunk() - CONTEXT_CLAUSES;
        Found nearest = null;
        for (Found f : found) {
            Statement s = f.statement();
            if (!f.key().relation().equals(from.relation()) || s.end() > begin || doc.tokens.get(doc.tokenAt(s.end() - 1)).chunk() < firstClause) continue;
            if (nearest == null || s.end() > nearest.statement().end()) nearest = f;
        }
        if (nearest == null) return null;
        return forObject != from.takesOther() ? nearest.statement().objectMention() : nearest.statement().subjectMention();
    }

    /** The person a reported statement comes from: a Person mention just before the reporting cue (一文也提到). */
    private static Mention speakerBefore(Doc doc, int cueAt) {
        int t = doc.tokenAt(cueAt);
        for (int i = t - 1; i >= Math.max(0, t - ATTRIBUTION_WINDOW_TOKENS); i--) {
            int mi = doc.mentionOfToken[i];
            if (mi >= 0 && doc.mentions.get(mi).concept().typeIri().equals(CG.Person.getURI())) return doc.mentions.get(mi);
        }
        return null;
    }

    /** A later statement is dropped when an earlier one (from an earlier rule) says the same subject and relation over overlapping text. */
    private static boolean conflicts(List<Found> accepted, Found f) {
        for (Found a : accepted) {
            boolean overlap = a.statement.begin() < f.statement.end() && f.statement.begin() < a.statement.end();
            if (!overlap) continue;
            boolean sameSubjectRelation = a.key.subject().iri().equals(f.key.subject().iri()) && a.key.relation().equals(f.key.relation());
            boolean sameRule = a.statement.ruleId().equals(f.statement.ruleId());
            if (sameSubjectRelation && (!sameRule || a.key.equals(f.key))) return true;
        }
        return false;
    }

    private static List<Claim> group(List<Found> found) {
        Map<ClaimKey, List<Statement>> byKey = new LinkedHashMap<>();
        for (Found f : found) byKey.computeIfAbsent(f.key, k -> new ArrayList<>()).add(f.statement);
        List<Claim> claims = new ArrayList<>();
        byKey.forEach((k, statements) -> claims.add(new Claim(k.subject(), k.relation(), k.object(), k.polarity(), statements)));
        claims.sort(Comparator.comparingInt(c -> c.statements().get(0).begin()));
        return claims;
    }

    /**
     * The first and last token of a group, or null when it matched nothing. A noun phrase does not run on into
     * another clause: the part next to the predicate is kept, the end of a group before it (mostly the subject)
     * and the beginning of one after it.
     */
    private static int[] groupTokens(Doc doc, TokenSequenceMatcher m, String group) {
        int start = m.start(group);
        if (start < 0) return null;
        int last = m.end(group) - 1;
        if (doc.tokens.get(start).chunk() != doc.tokens.get(last).chunk()) {
            if (m.end(group) <= m.start("$pred")) {
                while (doc.tokens.get(start).chunk() != doc.tokens.get(last).chunk()) start++;
            } else {
                while (doc.tokens.get(last).chunk() != doc.tokens.get(start).chunk()) last--;
                while (last > start && doc.mentionOfToken[last] < 0 && !isNounLike(doc.tokens.get(last))) last--;
            }
        }
        return new int[] {start, last};
    }

    /**
     * The entities a group names. Chinese noun phrases put their head last, so that is the last entity of the group,
     * together with entities of the same class listed right before it (视频模型 3D模型, vision跟text). A group
     * ending in a noun outside the lexicon names a term: its trailing run of nouns (text version).
     */
    private List<Mention> heads(Doc doc, TokenSequenceMatcher m, String group) {
        int[] span = groupTokens(doc, m, group);
        if (span == null) return List.of();
        int start = span[0], last = span[1];
        if (doc.mentionOfToken[last] < 0) {
            Mention term = term(doc, start, last);
            return term == null ? List.of() : List.of(term);
        }
        List<Mention> heads = new ArrayList<>();
        Mention head = doc.mentions.get(doc.mentionOfToken[last]);
        heads.add(head);
        int t = doc.firstTokenOf(doc.mentionOfToken[last], start, last);
        while (--t >= start) {
            // listed with a conjunction (vision跟text) or each with its determiner (同一个tokenization同一个encoder)
            if (CONJUNCTIONS.contains(doc.tokens.get(t).word()) || doc.tokens.get(t).pos().matches("DT|CD|M")) continue;
            int mi = doc.mentionOfToken[t];
            if (mi < 0) {
                // a plain noun listed before the head may still share its head noun (语言和视频模型)
                Token noun = doc.tokens.get(t);
                boolean listed = t + 1 <= last && CONJUNCTIONS.contains(doc.tokens.get(t + 1).word());
                Mention shared = listed && isNounLike(noun)
                        ? sharingHead(doc, new Mention(noun.begin(), noun.end(), noun.word(), head.concept(), noun.word(), false), head) : null;
                if (shared == null) break;
                if (heads.stream().noneMatch(h -> h.concept().iri().equals(shared.concept().iri()))) heads.add(shared);
                continue;
            }
            Mention member = doc.mentions.get(mi);
            // of the head's class, or sharing its head noun (视频和3D模型: video models and 3D models)
            Mention mate = member.concept().typeIri().equals(head.concept().typeIri()) ? member : sharingHead(doc, member, head);
            if (mate == null) break;
            if (heads.stream().noneMatch(h -> h.concept().iri().equals(mate.concept().iri()))) heads.add(mate);
            t = doc.firstTokenOf(mi, start, t);
        }
        return heads;
    }

    /**
     * The entity a list member names when it shares the head noun of the last member (视频 in 视频和3D模型 is 视频模型,
     * vision in vision跟text data is vision data):
     * the member's words and the head's last word spell a lexicon label of the head's class. Null otherwise.
     */
    private Mention sharingHead(Doc doc, Mention member, Mention head) {
        Token last = doc.tokens.get(doc.tokenAt(head.end() - 1));
        if (last.begin() <= head.begin()) return null;
        // the head's own last word, where the segmenter glued the next word to it (text datainterleave: data)
        String headWord = doc.text.substring(last.begin(), Math.min(last.end(), head.end()));
        LabelMatch found = lexicon.labelled(Lexicon.compound(member.text(), headWord));
        if (found == null || !found.concept().typeIri().equals(head.concept().typeIri())) return null;
        Mention shared = new Mention(member.begin(), member.end(), member.text(), found.concept(), found.label(), false);
        // one mention per span: it takes the place of the member's own (视频 is 视频模型 here, not the modality)
        for (int i = 0; i < doc.mentions.size(); i++) {
            Mention m = doc.mentions.get(i);
            if (m.begin() != shared.begin() || m.end() != shared.end()) continue;
            doc.mentions.set(i, shared);
            return shared;
        }
        doc.mentions.add(shared);
        return shared;
    }

    /** A term from the nouns at the end of a group, or null when they are too generic or too short. */
    private Mention term(Doc doc, int start, int last) {
        int first = last;
        while (first - 1 >= start && isNounLike(doc.tokens.get(first - 1))) first--;
        if (!isNounLike(doc.tokens.get(last))) return null;
        if (first == last && cues.isGeneric(doc.tokens.get(last).word())) {
            // a generic noun names nothing alone, but may with an adjective before it (不同的模型: different models)
            int adjective = first - 1 >= start && doc.tokens.get(first - 1).word().equals("的") ? first - 2 : first - 1;
            if (adjective < start || !doc.tokens.get(adjective).pos().equals("JJ") || doc.mentionOfToken[adjective] >= 0) return null;
            first = adjective;
        }
        return term(doc, first, last, CG.Concept.getURI());
    }

    /**
     * The term the tokens first to last spell, or null when it is too short or a number. A term named before (in a
     * description, as a model) keeps the class it was given there.
     */
    private Mention term(Doc doc, int first, int last, String typeIri) {
        int begin = doc.tokens.get(first).begin(), end = doc.tokens.get(last).end();
        String surface = doc.text.substring(begin, end);
        if (surface.codePointCount(0, surface.length()) < 2 || surface.chars().allMatch(Character::isDigit)) return null;
        String iri = iris.term(surface);
        Concept concept = null;
        for (Mention existing : doc.mentions) {
            if (existing.begin() == begin && existing.end() == end) return existing;
            if (existing.concept().iri().equals(iri)) concept = existing.concept();
        }
        if (concept == null) concept = new Concept(iri, typeIri, surface);
        Mention term = new Mention(begin, end, surface, concept, "term", false);
        doc.mentions.add(term);
        return term;
    }

    /**
     * 在code上面train过的那个model: a noun naming an entity class (with its demonstrative) after a relative clause
     * 在 X 上面 V 的 refers to what was said earlier, within the coreference window, to be V-ed on X (code advanced是在
     * code data上面train过的); failing that, to the nearest earlier name that begins with X's word and goes on in
     * Latin letters (only在text上面train的那个model: text advanced), since model names often say what they were
     * trained on (code-davinci, Code Llama). Both tokens then carry it.
     */
    private void resolveDescriptions(Doc doc) {
        List<Token> tokens = doc.tokens;
        for (int t = 2; t < tokens.size(); t++) {
            String type = cues.classOfNoun(tokens.get(t).word());
            if (type == null || doc.mentionOfToken[t] >= 0) continue;
            int d = t - 1;
            boolean demonstrative = cues.isDemonstrative(tokens.get(d).word());
            if (demonstrative) d--;
            if (d < 1 || !tokens.get(d).word().equals("的")) continue;
            int v = d - 1;
            while (v > 0 && (tokens.get(v).word().equals("过") || tokens.get(v).word().equals("了"))) v--;
            if (doc.mentionOfToken[v] >= 0) continue;
            int zai = -1;
            for (int i = v - 1; i >= Math.max(0, v - 6) && tokens.get(i).chunk() == tokens.get(v).chunk(); i--) {
                if (tokens.get(i).word().equals("在")) {
                    zai = i;
                    break;
                }
            }
            if (zai < 0) continue;
            int x = -1;
            for (int i = zai + 1; i < v; i++) if (doc.mentionOfToken[i] >= 0) x = i;
            if (x < 0) continue;
            String typeIri = typeIriOf(type);
            Mention referent = describedEarlier(doc, zai, tokens.get(v).word(), doc.mentions.get(doc.mentionOfToken[x]).concept(), typeIri);
            if (referent == null) referent = namedAfter(doc, zai, tokens.get(x).word(), typeIri);
            if (referent == null) {
                // described, but not as anything said before: not simply the nearest model either
                doc.described[t] = true;
                if (demonstrative) doc.described[t - 1] = true;
                continue;
            }
            int mi = doc.mentions.indexOf(referent);
            doc.mentionOfToken[t] = mi;
            if (demonstrative) doc.mentionOfToken[t - 1] = mi;
        }
    }

    /** The IRI of an ontology class from its local name (Model). */
    private static String typeIriOf(String type) {
        return CG.NS + type;
    }

    /**
     * What an earlier clause said was {@code verb}-ed on {@code data}: the noun phrase that begins the clause of
     * "… 在 data 上面 verb" before {@code before}, or null.
     */
    private Mention describedEarlier(Doc doc, int before, String verb, Concept data, String typeIri) {
        List<Token> tokens = doc.tokens;
        for (int p = before - 1; p >= Math.max(1, before - COREF_WINDOW_TOKENS); p--) {
            if (!tokens.get(p).word().equalsIgnoreCase(verb) || doc.mentionOfToken[p] >= 0) continue;
            int chunk = tokens.get(p).chunk();
            int zai = -1;
            boolean onData = false;
            for (int i = p - 1; i >= Math.max(0, p - 6) && tokens.get(i).chunk() == chunk; i--) {
                int mi = doc.mentionOfToken[i];
                if (mi >= 0 && doc.mentions.get(mi).concept().iri().equals(data.iri())) onData = true;
                if (tokens.get(i).word().equals("在") && onData) {
                    zai = i;
                    break;
                }
            }
            if (zai < 0) continue;
            // the subject: the first run of nouns in the clause before the (first) 在
            int first = zai;
            while (first - 1 >= 0 && tokens.get(first - 1).chunk() == chunk) first--;
            while (first < zai && !isNamePart(tokens.get(first))) first++;
            if (first >= zai) continue;
            int last = first;
            while (last + 1 < zai && isNamePart(tokens.get(last + 1))) last++;
            int mi = doc.mentionOfToken[last];
            if (mi >= 0) {
                Mention m = doc.mentions.get(mi);
                if (m.concept().typeIri().equals(typeIri)) return m;
                if (first == doc.firstTokenOf(mi, first, last)) continue;
            }
            Mention term = term(doc, first, last, typeIri);
            if (term != null) return term;
        }
        return null;
    }

    /**
     * The nearest name before {@code before}, within the coreference window, that is {@code word} followed by Latin
     * words outside the lexicon (text advanced, code llama), or null.
     */
    private Mention namedAfter(Doc doc, int before, String word, String typeIri) {
        List<Token> tokens = doc.tokens;
        for (int q = before - 1; q >= Math.max(0, before - COREF_WINDOW_TOKENS); q--) {
            if (!tokens.get(q).word().equalsIgnoreCase(word) || (q > 0 && tokens.get(q - 1).word().equals("在"))) continue;
            int last = q;
            while (last + 1 < before && tokens.get(last + 1).chunk() == tokens.get(q).chunk() && doc.mentionOfToken[last + 1] < 0
                    && tokens.get(last + 1).isLatin() && tokens.get(last + 1).word().chars().anyMatch(Character::isLetter)) last++;
            if (last == q) continue;
            Mention term = term(doc, q, last, typeIri);
            if (term != null) return term;
        }
        return null;
    }

    /** A noun that may be part of a name: not one of position (其中, 上面). */
    private static boolean isNamePart(Token t) {
        return isNounLike(t) && !POSITION_NOUNS.contains(t.word());
    }

    private static boolean isNounLike(Token t) {
        return t.pos().startsWith("NN") || t.pos().equals("NR") || t.pos().equals("FW")
                || (t.isLatin() && t.word().chars().anyMatch(Character::isLetter));
    }

    /**
     * True when the object group is followed by 的 (and at most two determiners or measure words) and a specific noun
     * that is no entity: then the entity only modifies that noun (提升那个corpus的比例 raises the share, not the
     * corpus). A generic noun (能力, 阶段) does not count: modality的能力 is still about the modality.
     */
    private boolean modifiesAnotherNoun(Doc doc, int groupEnd) {
        List<Token> tokens = doc.tokens;
        if (groupEnd >= tokens.size() || !tokens.get(groupEnd).word().equals("的")) return false;
        for (int i = groupEnd + 1; i < Math.min(tokens.size(), groupEnd + 4); i++) {
            Token t = tokens.get(i);
            if (t.chunk() != tokens.get(groupEnd).chunk()) return false;
            if (t.pos().equals("DT") || t.pos().equals("M") || t.pos().equals("CD")) continue;
            return t.pos().startsWith("NN") && doc.mentionOfToken[i] < 0 && !cues.isGeneric(t.word());
        }
        return false;
    }

    /**
     * A pronoun outside any mention right after a mention of a class it allows resumes that mention (ChatGPT它…);
     * otherwise it refers to the nearest earlier mention of its first-tier classes within the window, then of the
     * next tier. Demonstrative phrases (这个model) are resolved the same way, by the class their noun names, and so
     * is a locative standing alone after 在 (中文在里面占的比例: 里面 is the corpus spoken of before).
     */
    private void resolvePronouns(Doc doc) {
        for (int t = 0; t < doc.tokens.size(); t++) {
            if (doc.mentionOfToken[t] >= 0 || doc.described[t]) continue;
            if (resolveDemonstrative(doc, t)) {
                t++;
                continue;
            }
            Set<String> locativeTypes = cues.locativeTypes(doc.tokens.get(t).word());
            if (locativeTypes != null) {
                boolean alone = t > 0 && doc.tokens.get(t - 1).word().equals("在") && doc.tokens.get(t - 1).chunk() == doc.tokens.get(t).chunk();
                if (alone) {
                    // What stands before 在 is the thing located (代码在里面), not the container: look further back.
                    int from = t - 1;
                    int located = t >= 2 ? doc.mentionOfToken[t - 2] : -1;
                    if (located >= 0) from = doc.firstTokenOf(located, 0, t - 2);
                    doc.mentionOfToken[t] = nearestMentionOf(doc, from, locativeTypes);
                }
                continue;
            }
            if (resolveBareDemonstrative(doc, t)) continue;
            List<Set<String>> tiers = cues.antecedentTypes(doc.tokens.get(t).word());
            if (tiers == null) continue;
            int previous = t > 0 ? doc.mentionOfToken[t - 1] : -1;
            if (previous >= 0 && tiers.stream().anyMatch(tier -> tier.contains(typeOf(doc.mentions.get(previous))))) {
                doc.mentionOfToken[t] = previous;
                continue;
            }
            for (Set<String> tier : tiers) {
                int found = nearestAntecedent(doc, t, tier);
                if (found >= 0) {
                    doc.mentionOfToken[t] = found;
                    break;
                }
            }
        }
    }

    /**
     * 这个model, 那个模型: a demonstrative followed by a noun that names an entity class refers, like a pronoun, to
     * the nearest earlier mention of that class; both tokens then carry it.
     */
    private boolean resolveDemonstrative(Doc doc, int t) {
        if (t + 1 >= doc.tokens.size() || !cues.isDemonstrative(doc.tokens.get(t).word()) || doc.mentionOfToken[t + 1] >= 0) return false;
        String type = cues.classOfNoun(doc.tokens.get(t + 1).word());
        if (type == null) return false;
        int found = nearestMentionOf(doc, t, Set.of(type));
        if (found < 0) return false;
        doc.mentionOfToken[t] = found;
        doc.mentionOfToken[t + 1] = found;
        return true;
    }

    /**
     * 这个 standing alone as a noun phrase (这个有可能提高…: the next token is no noun, measure word, number, 的 or
     * mention) refers, within a short window, to the nearest earlier mention of the classes rules/cues.tsv gives it;
     * when there is none, in the answer to a question, to what the question asked about (这个多模态为什么…重要 … 我觉得
     * 这个将来可以unlock…: multimodality).
     */
    private boolean resolveBareDemonstrative(Doc doc, int t) {
        List<Set<String>> tiers = cues.bareDemonstrativeTypes(doc.tokens.get(t).word());
        if (tiers.isEmpty() || t + 1 >= doc.tokens.size()) return false;
        Token next = doc.tokens.get(t + 1);
        boolean bare = doc.mentionOfToken[t + 1] < 0 && !isNounLike(next) && !next.pos().matches("M|CD|OD|DT|DEG|DEC|LC")
                && !next.word().equals("的") && !cues.isDemonstrative(next.word());
        if (!bare) return false;
        int found = -1;
        for (int i = 0; i < tiers.size() && found < 0; i++) found = nearestMentionOf(doc, t, tiers.get(i), BARE_DEMONSTRATIVE_WINDOW_TOKENS);
        if (found < 0) found = askedAbout(doc, t);
        if (found < 0) return false;
        doc.mentionOfToken[t] = found;
        // a repeated demonstrative (这个这个有可能) is one phrase
        for (int b = t - 1; b >= 0 && doc.tokens.get(b).word().equals(doc.tokens.get(t).word()) && doc.mentionOfToken[b] < 0; b--) {
            doc.mentionOfToken[b] = found;
        }
        return true;
    }

    /**
     * What the nearest question before token {@code t}, within {@value #ANSWER_REACH_TOKENS} tokens, asks about: the
     * phrase just before its question word (rules/cues.tsv, kind asked) in the same clause (这个多模态为什么…那么重要:
     * multimodality), whose answer follows; -1 when there is none.
     */
    private int askedAbout(Doc doc, int t) {
        List<Token> tokens = doc.tokens;
        for (int q = t - 1; q > 0 && q >= t - ANSWER_REACH_TOKENS; q--) {
            if (!cues.asksAbout(tokens.get(q).word())) continue;
            int before = q - 1;
            while (before >= 0 && tokens.get(before).pos().equals("AD") && tokens.get(before).chunk() == tokens.get(q).chunk()) before--;
            if (before >= 0 && tokens.get(before).chunk() == tokens.get(q).chunk() && doc.mentionOfToken[before] >= 0) return doc.mentionOfToken[before];
        }
        return -1;
    }

    /**
     * The nearest mention of one of {@code types} within the coreference window before token {@code t}, or -1. An
     * earlier pronoun that was resolved counts as a mention of its antecedent, so 他…他…他 keeps one referent.
     */
    private static int nearestMentionOf(Doc doc, int t, Set<String> types) {
        return nearestMentionOf(doc, t, types, COREF_WINDOW_TOKENS);
    }

    private static int nearestMentionOf(Doc doc, int t, Set<String> types, int window) {
        for (int back = t - 1; back >= Math.max(0, t - window); back--) {
            int mi = doc.mentionOfToken[back];
            if (mi < 0) continue;
            if (types.contains(typeOf(doc.mentions.get(mi)))) return mi;
        }
        return -1;
    }

    /**
     * The nearest mention a pronoun at {@code t} can refer to: as {@link #nearestMentionOf(Doc, int, Set)}, but not
     * one that only names whose thing a place is in (他自己 GPT-3的这个架构设计里面 他…: the second 他 is the first's,
     * not GPT-3).
     */
    private static int nearestAntecedent(Doc doc, int t, Set<String> types) {
        int from = t;
        while (true) {
            int found = nearestMentionOf(doc, from, types, COREF_WINDOW_TOKENS - (t - from));
            if (found < 0) return -1;
            int last = from - 1;
            while (doc.mentionOfToken[last] != found) last--;
            if (!possessorOfAPlace(doc, last, t)) return found;
            from = doc.firstTokenOf(found, 0, last);
        }
    }

    /** True when the mention ending at token {@code last} is followed by 的, a noun and a locative (X的架构里面) before {@code t}. */
    private static boolean possessorOfAPlace(Doc doc, int last, int t) {
        int i = last + 1;
        if (i >= t || !doc.tokens.get(i).word().equals("的")) return false;
        i++;
        while (i < t && doc.tokens.get(i).pos().matches("DT|M|CD")) i++;
        int nouns = 0;
        while (i < t && doc.mentionOfToken[i] < 0 && doc.tokens.get(i).pos().startsWith("NN") && !POSITION_NOUNS.contains(doc.tokens.get(i).word())) {
            i++;
            nouns++;
        }
        return nouns > 0 && i < t && POSITION_NOUNS.contains(doc.tokens.get(i).word());
    }

    private static String typeOf(Mention m) { return localName(m.concept().typeIri()); }

    private List<CoreLabel> labels(Doc doc) {
        List<CoreLabel> labels = new ArrayList<>(doc.tokens.size());
        for (int t = 0; t < doc.tokens.size(); t++) {
            Token tok = doc.tokens.get(t);
            CoreLabel l = new CoreLabel();
            l.setWord(tok.word());
            l.setValue(tok.word());
            l.setOriginalText(tok.word());
            l.setTag(tok.pos());
            l.setNER(tok.ner());
            l.setBeginPosition(tok.begin());
            l.setEndPosition(tok.end());
            // A chunk that starts with a hesitation (呃bottleneck) goes on the clause before it.
            boolean hesitation = tok.pos().equals("IJ") || HESITATIONS.contains(tok.word());
            if ((t == 0 || doc.tokens.get(t - 1).chunk() != tok.chunk()) && !hesitation) l.set(TokenKeys.Clause.class, "start");
            // (the topic a frame sets, 从图片来说, is no argument: 从视频来说 提升模型的语言能力 is not video's doing)
            if (doc.mentionOfToken[t] >= 0 && !doc.framing[t]) {
                Concept c = doc.mentions.get(doc.mentionOfToken[t]).concept();
                l.set(TokenKeys.Entity.class, entityKey(c.iri()));
                l.set(TokenKeys.EntityType.class, localName(c.typeIri()));
                l.set(TokenKeys.MentionIndex.class, doc.mentionOfToken[t]);
            }
            labels.add(l);
        }
        return labels;
    }

    private String entityKey(String iri) {
        return iri.startsWith(iris.entityNamespace()) ? iri.substring(iris.entityNamespace().length()) : iri;
    }

    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(cut + 1);
    }

    /** One transcript while rules run over it: its tokens, mentions, and which mention each token belongs to. */
    private static final class Doc {
        final String text;
        final List<Token> tokens;
        final List<Mention> mentions;
        final int[] mentionOfToken;
        /** Tokens of a description (在X上面train的那个model) that refers to nothing said before. */
        final boolean[] described;
        /** Tokens of the topic a frame sets (图片 of 从图片来说): no argument of a relation. */
        final boolean[] framing;

        Doc(String text, List<Token> tokens, List<Mention> mentions) {
            this.text = text;
            this.tokens = tokens;
            this.mentions = mentions;
            this.described = new boolean[tokens.size()];
            this.framing = new boolean[tokens.size()];
            this.mentionOfToken = new int[tokens.size()];
            Arrays.fill(mentionOfToken, -1);
            int mi = 0;
            for (int t = 0; t < tokens.size(); t++) {
                Token tok = tokens.get(t);
                while (mi < mentions.size() && mentions.get(mi).end() <= tok.begin()) mi++;
                if (mi < mentions.size() && mentions.get(mi).begin() < tok.end()) mentionOfToken[t] = mi;
            }
        }

        /** The first token, not before {@code from}, of the run of tokens up to {@code t} that belong to mention {@code mi}. */
        int firstTokenOf(int mi, int from, int t) {
            while (t - 1 >= from && mentionOfToken[t - 1] == mi) t--;
            return t;
        }

        /** The last token, before {@code to}, of the run of tokens from {@code t} on that belong to mention {@code mi}. */
        int lastTokenOf(int mi, int t, int to) {
            while (t + 1 < to && mentionOfToken[t + 1] == mi) t++;
            return t;
        }

        /** The token that covers or follows a text position (binary search: tokens are in text order). */
        int tokenAt(int pos) {
            int lo = 0, hi = tokens.size() - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tokens.get(mid).end() > pos) hi = mid;
                else lo = mid + 1;
            }
            return lo;
        }
    }

    private record ClaimKey(Concept subject, String relation, Concept object, Polarity polarity) {}

    private record Found(ClaimKey key, Statement statement) {}
}
