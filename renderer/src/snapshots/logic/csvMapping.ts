// The CSV preview's column mapping: each column of the user's file goes to a Lodestone
// column, is ignored, or (an unknown name not yet chosen) is left for the user to decide.
// The default is the interfaces.md format: a column named like a Lodestone column maps to it.

/** A column mapped to nothing (the api's '' mapping). */
export const IGNORE = '';
/** An unknown column nobody has chosen for yet: the import reports it as unknown. */
export const UNSET = null;

export type ColumnChoice = string | typeof UNSET;

/** The Lodestone column a header cell maps to by name, else UNSET. */
export function defaultChoice(source: string, fields: readonly string[]): ColumnChoice {
  const name = source.trim().toLowerCase();
  return fields.includes(name) ? name : UNSET;
}

export function defaultChoices(header: readonly string[], fields: readonly string[]): ColumnChoice[] {
  return header.map((source) => defaultChoice(source, fields));
}

/**
 * The mapping to send: every column the user decided (a field, or IGNORE). Unset columns
 * are left out, so the api reports them as unknown rather than guessing.
 */
export function mappingOf(header: readonly string[], choices: readonly ColumnChoice[]): Record<string, string> {
  const mapping: Record<string, string> = {};
  header.forEach((source, i) => {
    const choice = choices[i];
    if (choice !== UNSET && choice !== undefined) mapping[source] = choice;
  });
  return mapping;
}

export type CsvImportKind = 'materials' | 'facilities' | 'flows';

/** Which file a dropped CSV is, by its name: "flow" in it means flows, "material" materials, else facilities. */
export function csvKindOfFileName(name: string): CsvImportKind {
  return /flow/i.test(name) ? 'flows' : /material/i.test(name) ? 'materials' : 'facilities';
}
