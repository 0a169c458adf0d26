package weft.diff;

import java.util.List;
import weft.model.Audience;
import weft.model.FrameIndex;
import weft.model.Study;

/**
 * One version of a study, as read: how it was named (a revision or a folder), the study and its index, which knows
 * the audience the study is shown to (public for a version as read).
 */
public record Version(String name, Study study, FrameIndex index) {

    public Version(String name, Study study) {
        this(name, study, new FrameIndex(study.frame(), study.quotes()));
    }

    /** The version of {@code study} as published for {@code audience} (its quotes narrowed to what that audience reads). */
    public static Version shownTo(String name, Study study, Audience audience) {
        return new Version(name, study, new FrameIndex(study.frame(), study.quotes(), List.of(), audience));
    }
}
