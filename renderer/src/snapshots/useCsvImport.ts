// CSV import with a preview: for each file (materials, facilities, flows) its first rows
// under the current column mapping and every problem by line, checked by the api without
// writing (each file alongside the others, so flows may name the new facilities and
// materials). Import is allowed only when no file has a problem; it is all or nothing, and
// one undoable step.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportReport } from '../../../db/api';
import type { CsvPreview } from '../../../db/model/exchange-types';
import { errorData } from '../api/client';
import { readFileAsText } from '../platform/files';
import { useStore, useWorkspace } from '../state/context';
import { defaultChoices, mappingOf, type ColumnChoice, type CsvImportKind } from './logic/csvMapping';

/** In the order the import reads them: what later files refer to comes first. */
export const CSV_KINDS: readonly CsvImportKind[] = ['materials', 'facilities', 'flows'];

export interface CsvFileState {
  name: string;
  text: string;
  /** One per header column; set from the first preview. */
  choices: ColumnChoice[] | null;
  preview: CsvPreview | null;
  failed: string | null;
}

type Files = Partial<Record<CsvImportKind, CsvFileState>>;

export type CsvImportResult = { ok: true; report: ImportReport } | { ok: false; message: string; issues: string[] };

export function useCsvImport() {
  const store = useStore();
  const lastChange = useWorkspace().info?.last_change;
  const [files, setFiles] = useState<Files>({});
  const [checking, setChecking] = useState(false);
  const [importing, setImporting] = useState(false);
  const [result, setResult] = useState<CsvImportResult | null>(null);
  const turn = useRef(0);
  /** Bumps when a file or a mapping changes: the previews are redone. */
  const [revision, setRevision] = useState(0);
  const [checkedRevision, setCheckedRevision] = useState(-1);

  const setFile = useCallback(async (kind: CsvImportKind, file: File) => {
    const text = await readFileAsText(file);
    setResult(null);
    setFiles((all) => ({ ...all, [kind]: { name: file.name, text, choices: null, preview: null, failed: null } }));
    setRevision((r) => r + 1);
  }, []);

  const choose = useCallback((kind: CsvImportKind, column: number, choice: ColumnChoice) => {
    setResult(null);
    setFiles((all) => {
      const f = all[kind];
      if (!f?.choices) return all;
      const choices = f.choices.slice();
      choices[column] = choice;
      return { ...all, [kind]: { ...f, choices } };
    });
    setRevision((r) => r + 1);
  }, []);

  const remove = useCallback((kind: CsvImportKind) => {
    setResult(null);
    setFiles((all) => ({ ...all, [kind]: undefined }));
    setRevision((r) => r + 1);
  }, []);

  // Preview every file whenever a file or a mapping (`revision`) or the workspace changes.
  const filesRef = useRef(files);
  filesRef.current = files;
  useEffect(() => {
    const now = filesRef.current;
    const kinds = CSV_KINDS.filter((k) => now[k]);
    if (kinds.length === 0) {
      setChecking(false);
      return;
    }
    const mine = ++turn.current;
    const checkingRevision = revision;
    setChecking(true);
    const mappingFor = (k: CsvImportKind) => {
      const f = now[k];
      return f?.choices && f.preview ? mappingOf(f.preview.header, f.choices) : undefined;
    };
    void Promise.all(
      kinds.map(async (kind) => {
        const f = now[kind]!;
        const others = Object.fromEntries(
          CSV_KINDS.filter((o) => o !== kind && now[o]).map((o) => [o, { text: now[o]!.text, file_name: now[o]!.name, mapping: mappingFor(o) }]),
        );
        try {
          const preview = await store.read('csv.preview', { kind, text: f.text, file_name: f.name, mapping: mappingFor(kind), rows: 20, alongside: others });
          return [kind, preview, null] as const;
        } catch (error) {
          return [kind, null, errorData(error).message] as const;
        }
      }),
    ).then((results) => {
      if (mine !== turn.current) return;
      setFiles((all) => {
        const next = { ...all };
        for (const [kind, preview, failed] of results) {
          const f = next[kind];
          if (!f) continue;
          next[kind] = { ...f, preview, failed, choices: f.choices ?? (preview ? defaultChoices(preview.header, preview.fields) : null) };
        }
        return next;
      });
      setCheckedRevision(checkingRevision);
      setChecking(false);
    });
  }, [revision, lastChange, store]);

  const present = CSV_KINDS.filter((k) => files[k]);
  const ready =
    present.length > 0 &&
    !checking &&
    checkedRevision === revision &&
    present.every((k) => files[k]!.preview && !files[k]!.failed && files[k]!.preview!.error_count === 0);

  const runImport = useCallback(async () => {
    const now = filesRef.current;
    setImporting(true);
    try {
      const mapping: Partial<Record<CsvImportKind, Record<string, string>>> = {};
      for (const k of CSV_KINDS) {
        const f = now[k];
        if (f?.choices && f.preview) mapping[k] = mappingOf(f.preview.header, f.choices);
      }
      const texts = Object.fromEntries(CSV_KINDS.filter((k) => now[k]).map((k) => [k, now[k]!.text]));
      const report = await store.write('csv.import', { ...texts, mapping });
      setResult({ ok: true, report });
      setFiles({});
    } catch (error) {
      const data = errorData(error);
      setResult({ ok: false, message: data.message, issues: (data.issues ?? []).map((i) => `Line ${i.line ?? '?'}${i.path ? `, ${i.path}` : ''}: ${i.message}`) });
    } finally {
      setImporting(false);
    }
  }, [store]);

  return { files, checking, importing, ready, result, setFile, choose, remove, runImport };
}

export type CsvImport = ReturnType<typeof useCsvImport>;
