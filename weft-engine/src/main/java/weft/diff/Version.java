package weft.diff;

import weft.model.FrameIndex;
import weft.model.Study;

/** One version of a study, as read: how it was named (a revision or a folder), the study and its index. */
public record Version(String name, Study study, FrameIndex index) {

    public Version(String name, Study study) {
        this(name, study, new FrameIndex(study.frame(), study.quotes()));
    }
}
