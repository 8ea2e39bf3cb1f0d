/** [S44] Every later chmod of a path below `dir` (absolute) in this thread keeps only the owner's bits. */
export function keepChmodsPrivate(dir: string): void;
