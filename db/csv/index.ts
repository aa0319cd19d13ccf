export { CsvSyntaxError, csvField, decodeCsv, formatCsv, parseCsv, type CsvRow } from './parse';
export { CSV_FORMAT, FACILITY_COLUMNS, FLOW_COLUMNS, MATERIAL_COLUMNS, guessMaterialForm, parseNumberCell } from './format';
export { CsvImportError, importCsv, MAX_REPORTED_ERRORS, type CsvFile, type CsvImportFiles, type CsvImportOptions } from './import';
export { exportCsv } from './export';
