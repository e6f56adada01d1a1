package kg.extract;

/** Kinds of research output the newsletter reports. */
public enum WorkType {
    ARTICLE, PREPRINT, DATASET, SOFTWARE
}
