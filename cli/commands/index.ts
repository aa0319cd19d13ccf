// Every command of the `lodestone` CLI, in help order. A new command: one file here, one line below.
import type { Command } from '../command';
import { bench } from './bench';
import { exportCsvCommand } from './export-csv';
import { importCsvCommand } from './import-csv';
import { init } from './init';
import { list } from './list';

export const COMMANDS: readonly Command[] = [init, importCsvCommand, exportCsvCommand, list, bench];
