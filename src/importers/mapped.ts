// What a mapper (one dataset record -> one graph row) answers: the row to write, or why it is skipped.
// Mappers are pure functions over plain records, unit-tested without a database.

export type Mapped<T> = { row: T } | { skip: string; detail: string };

export function skip(skip: string, detail: string): { skip: string; detail: string } {
  return { skip, detail };
}

/** Whether a node of that label and id was loaded earlier in the run (relation rows check both ends). */
export type IsKnown = (label: string, id: string) => boolean;
