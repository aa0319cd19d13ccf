// Reading the cells of one file's rows into record fields, and reporting the cells that
// cannot be read (bad numbers, bad or repeated ids, what the schema refuses).
import type { z } from 'zod';
import { recordId } from '../../model/schemas';
import { COLUMN_OF_FIELD, parseNumberCell, splitList } from '../format';
import type { CsvRow } from '../parse';
import { ID_SHAPE } from './checks';
import type { Problems } from './problems';
import type { Table } from './read';

/** A field left unset: the schema's default or required rule applies. */
export const ABSENT = undefined;

/**
 * How a cell becomes a field. text: empty is "not given"; lower: the same, lower-cased
 * (enums); nullable: text, empty is null; number: a strict number, empty is null; list: `;`.
 */
export type CellKind = 'text' | 'lower' | 'nullable' | 'number' | 'list';
export type CellSpec = readonly [column: string, kind: CellKind];
/** The specs of the columns a table has, with their indexes. */
export type CompiledCells = readonly (readonly [column: string, kind: CellKind, index: number])[];

export class Cells {
  private readonly idIndex: number | undefined;

  constructor(
    readonly table: Table,
    private readonly problems: Problems,
  ) {
    this.idIndex = table.columns.get('id');
  }

  add(line: number, field: string, message: string): void {
    this.problems.add(this.table.file, line, field, message);
  }

  /** Index of a column the header must have (a required one). */
  index(column: string): number {
    return this.table.columns.get(column)!;
  }

  /** The specs of the columns this table has, resolved once rather than per row. */
  compile(specs: readonly CellSpec[]): CompiledCells {
    const compiled: [string, CellKind, number][] = [];
    for (const [column, kind] of specs) {
      const index = this.table.columns.get(column);
      if (index !== undefined) compiled.push([column, kind, index]);
    }
    return compiled;
  }

  /** Sets `target[column]` for each compiled cell; columns the file lacks are left alone. */
  read(row: CsvRow, cells: CompiledCells, target: Record<string, unknown>): void {
    for (const [column, kind, index] of cells) {
      const cell = row.fields[index]!;
      if (kind === 'number') {
        const value = parseNumberCell(cell);
        if (value !== null && typeof value === 'object') {
          this.add(row.line, column, value.error);
          target[column] = ABSENT;
        } else {
          target[column] = value;
        }
      } else if (kind === 'list') {
        target[column] = splitList(cell);
      } else {
        const text = cell.trim();
        if (text === '') target[column] = kind === 'nullable' ? null : ABSENT;
        else target[column] = kind === 'lower' ? text.toLowerCase() : cell;
      }
    }
  }

  /** Checks the id cell: '' (none), a valid id, or ABSENT after reporting a problem. */
  rowId(row: CsvRow, seen: Map<string, number>): string | undefined {
    const id = this.idIndex === undefined ? '' : row.fields[this.idIndex]!.trim();
    if (id === '') return '';
    if (!ID_SHAPE.test(id) && !recordId.safeParse(id).success) {
      this.add(row.line, 'id', `"${id}" is not a valid id (1-64 letters, digits, ".", "_", ":" or "-")`);
      return ABSENT;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      this.add(row.line, 'id', `Id "${id}" appears twice in this file (first on line ${first})`);
      return ABSENT;
    }
    seen.set(id, row.line);
    return id;
  }

  /** One problem per column the schema refused, naming the cell that was found. */
  zodProblems(row: CsvRow, error: z.ZodError): void {
    const reported = new Set<string>();
    for (const issue of error.issues) {
      const field = String(issue.path[0] ?? '');
      const column = COLUMN_OF_FIELD[field] ?? field;
      if (reported.has(column)) continue;
      reported.add(column);
      const index = this.table.columns.get(column);
      const cell = index === undefined ? '' : row.fields[index]!.trim();
      const found = cell && !issue.message.includes(cell) ? ` (found "${cell.length > 40 ? `${cell.slice(0, 37)}...` : cell}")` : '';
      this.add(row.line, column, `${issue.message}${found}`);
    }
  }
}
