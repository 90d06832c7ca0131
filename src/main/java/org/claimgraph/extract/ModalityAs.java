package org.claimgraph.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a rule's object that is a modality stands for ({@code modality as data}, {@code modality as generation}): the
 * lexicon entry labelled with the modality's word and {@link #english} or {@link #chinese} (text + data: "text data",
 * 文本 + 生成: 文本生成), if it is of class {@link #typeName}. 在text上面train is training on text data; 能够生成一个
 * reasonable text is the ability of text generation; 就从图片来说 … 给模型描述: the image model.
 */
public enum ModalityAs {
    DATA("data", "数据", "Dataset"),
    GENERATION("generation", "生成", "Capability"),
    MODEL("model", "模型", "Model");

    final String english;
    final String chinese;
    final String typeName;

    ModalityAs(String english, String chinese, String typeName) {
        this.english = english;
        this.chinese = chinese;
        this.typeName = typeName;
    }

    /** The keyword's word for this kind, as written in the rules file. */
    public String keyword() { return name().toLowerCase(Locale.ROOT); }

    /** The kind a rules file names, or null. */
    static ModalityAs named(String word) {
        return Arrays.stream(values()).filter(k -> k.keyword().equals(word)).findFirst().orElse(null);
    }

    /** The kinds as a rules file may name them, for error messages ("data or generation"). */
    static String choices() {
        return Arrays.stream(values()).map(ModalityAs::keyword).collect(Collectors.joining(" or "));
    }
}
