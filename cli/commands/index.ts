// Every command of the `lodestone` CLI, in help order. A new command: one file here, one line below.
import type { Command } from '../command';
import { analyze } from './analyze';
import { bench } from './bench';
import { checkCommand } from './check';
import { diffSnapshotCommand } from './diff-snapshot';
import { exportCsvCommand } from './export-csv';
import { exportGraphCommand } from './export-graph';
import { exportSnapshotCommand } from './export-snapshot';
import { importSnapshotCommand } from './import-snapshot';
import { importCsvCommand } from './import-csv';
import { init } from './init';
import { list } from './list';
import { saveCopyCommand } from './save-copy';
import { scenario } from './scenario';
import { verifySnapshotCommand } from './verify-snapshot';

export const COMMANDS: readonly Command[] = [
  init,
  importCsvCommand,
  exportCsvCommand,
  list,
  exportSnapshotCommand,
  verifySnapshotCommand,
  diffSnapshotCommand,
  importSnapshotCommand,
  exportGraphCommand,
  saveCopyCommand,
  analyze,
  checkCommand,
  scenario,
  bench,
];
