// The fields of a new flow straight from its cells, by the rules of flowFieldsBase (checks.ts).
import type { FlowFields } from '../../model/schemas';
import type { CsvRow } from '../parse';
import { cellAt, columnIndex, CONFIDENCE_LEVELS, enumOf, ID_SHAPE, numberIn, STATUSES, textOf, UNSURE } from './checks';
import type { Table } from './read';

export type FlowCheck = (row: CsvRow, from: string, to: string, material: string) => FlowFields | undefined;

/** A check for the table's columns: the flow's fields (as the schema outputs them), or undefined. */
export function compileFlowCheck(table: Table): FlowCheck {
  const volume = columnIndex(table.columns, 'volume_t');
  const year = columnIndex(table.columns, 'year');
  const status = columnIndex(table.columns, 'status');
  const confidence = columnIndex(table.columns, 'confidence');
  const notes = columnIndex(table.columns, 'notes');
  return (row, from, to, material) => {
    if (!ID_SHAPE.test(from) || !ID_SHAPE.test(to) || !ID_SHAPE.test(material)) return UNSURE;
    const cells = row.fields;
    const fields = {
      from_id: from,
      to_id: to,
      material_id: material,
      volume_t: numberIn(cellAt(cells, volume), 0, Infinity),
      year: numberIn(cellAt(cells, year), 1900, 2100, true),
      status: enumOf(cellAt(cells, status), STATUSES, 'operating'),
      confidence: enumOf(cellAt(cells, confidence), CONFIDENCE_LEVELS, 'medium'),
      notes: textOf(cellAt(cells, notes), 10_000),
    };
    if (fields.volume_t === UNSURE || fields.year === UNSURE || fields.status === UNSURE || fields.confidence === UNSURE || fields.notes === UNSURE) {
      return UNSURE;
    }
    return fields as FlowFields;
  };
}
