// The fields of a new facility straight from its cells, by the rules of facilityFields (checks.ts).
import type { FacilityFields } from '../../model/schemas';
import type { CsvRow } from '../parse';
import { cellAt, columnIndex, CONFIDENCE_LEVELS, countryOf, enumOf, ID_SHAPE, listOf, numberIn, STAGE_SET, STATUSES, textOf, UNSURE } from './checks';
import type { Table } from './read';

export type FacilityCheck = (row: CsvRow, capacityMaterial: string | null) => FacilityFields | undefined;

/** A check for the table's columns: the facility's fields (as the schema outputs them), or undefined. */
export function compileFacilityCheck(table: Table): FacilityCheck {
  const at = (column: string) => columnIndex(table.columns, column);
  const [name, stage, country, operator, owner, lat, lon, status, capacity, stock, confidence, tags, notes] = [
    'name', 'stage', 'country', 'operator', 'owner_country', 'lat', 'lon', 'status', 'capacity_t', 'stock_t', 'confidence', 'tags', 'notes',
  ].map(at) as number[];
  return (row, capacityMaterial) => {
    if (capacityMaterial !== null && !ID_SHAPE.test(capacityMaterial)) return UNSURE;
    const cells = row.fields;
    const fields = {
      name: textOf(cellAt(cells, name!), 200, true),
      stage: enumOf(cellAt(cells, stage!), STAGE_SET, undefined),
      country: countryOf(cellAt(cells, country!), false),
      operator: textOf(cellAt(cells, operator!), 200),
      owner_country: countryOf(cellAt(cells, owner!), true),
      lat: numberIn(cellAt(cells, lat!), -90, 90),
      lon: numberIn(cellAt(cells, lon!), -180, 180),
      status: enumOf(cellAt(cells, status!), STATUSES, 'operating'),
      capacity_t: numberIn(cellAt(cells, capacity!), 0, Infinity),
      capacity_material_id: capacityMaterial,
      stock_t: numberIn(cellAt(cells, stock!), 0, Infinity),
      confidence: enumOf(cellAt(cells, confidence!), CONFIDENCE_LEVELS, 'medium'),
      tags: listOf(cellAt(cells, tags!), 50, 64),
      notes: textOf(cellAt(cells, notes!), 10_000),
    };
    for (const key in fields) if (fields[key as keyof typeof fields] === UNSURE) return UNSURE;
    return fields as FacilityFields;
  };
}
