/** Path segments of an issue before `formatPath` writes them: keys and array indexes. */
export type Segments = ReadonlyArray<string | number>;
