/**
 * What changed in the coding between two versions of a study ({@code weft diff}): quotes added, removed, re-worded
 * and moved; nodes added, removed, relabelled, moved, merged and split; the counts; what the article presents; and
 * the changed sentences of narratives and prose. The versions are two project folders or two revisions of the
 * study's git repository, read with JGit.
 */
package weft.diff;
