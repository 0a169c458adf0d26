/**
 * REFI-QDA exchange files (the codebook {@code .qdc}, the project {@code .qde} and its zip {@code .qdpx}) read into
 * Weft's coding frame: {@link weft.qda.QdaReader} reads the codes safely (no DTD, no external entity, a zip read
 * within limits), {@link weft.qda.QdaSchemas} validates against the standard's schemas (warnings),
 * {@link weft.qda.CodeTree} makes the tree (nested codes, or a hierarchy written in names) with readable ids, and
 * {@link weft.qda.FrameWriter} writes coded-data/coding-frame.yaml (a code's memos as its descriptionDraft);
 * {@link weft.qda.SelectionCutter} cuts the quotes, and the cases become coded-data/participants.yaml. Into a project
 * imported before, {@link weft.qda.Reimport} merges the new coding with the author's work. The other way,
 * {@link weft.qda.QdaExport} writes a study's coding frame and quotes as a {@code .qdc} or {@code .qdpx}.
 */
package weft.qda;
