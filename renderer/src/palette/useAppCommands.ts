// Runs the application's commands (electron/commands.ts) however they arrive: the native
// menu (a shell event), their keys (in both hosts), or the command palette. Desktop-only
// commands go to the shell (native dialogs, workspace files); the rest are the window's own.
// Also takes the snapshot files the operating system opened with the app.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { COMMANDS, type CommandId } from '../../../electron/commands';
import type { RecentWorkspace } from '../../../electron/shell-contract';
import { useToast } from '../components/Toasts';
import type { EditorHandle } from '../inspector/types';
import type { EditableType } from '../logic/forms';
import { isTextEntry } from '../logic/keys';
import { IS_MAC } from '../platform';
import { matchesAccelerator } from '../platform/accelerators';
import { bytesToFile, openNativeFiles } from '../platform/files';
import { hasDesktopShell, onShellEvent, shellCall } from '../platform/shell';
import { requestSnapshots, type SnapshotsRequest } from '../snapshots/incoming';
import type { PaletteLayout } from './actions';

type PageName = 'diagram' | 'analysis' | 'snapshots' | 'report';

export interface CommandTargets {
  editorRef: RefObject<EditorHandle | null>;
  filterRef: RefObject<HTMLInputElement | null>;
  guardUnsaved: () => Promise<boolean>;
  runHistory: (direction: 'undo' | 'redo') => Promise<void>;
  switchView: (view: 'facilities' | 'flows' | 'materials' | 'sources') => Promise<void>;
  showPage: (page: Exclude<PageName, 'diagram'>) => Promise<void>;
  showDiagram: () => Promise<void>;
  startNew: () => Promise<void>;
  startNewOf: (type: EditableType) => Promise<boolean>;
  setLayout: (layout: PaletteLayout) => void;
  clearDiagramFilters: () => void;
  /** Ends an empty workspace's first-run offer, which would hide the page a file or command asks for. */
  leaveFirstRun: () => void;
}

/** Keys this hook handles; the others (undo, save, find, Alt+1..4) are useShortcuts' in both hosts. */
const KEYED: readonly CommandId[] = ['palette.open', 'help.shortcuts', 'workspace.new', 'workspace.open', 'workspace.saveCopy'];

export function useAppCommands(targets: CommandTargets) {
  const desktop = hasDesktopShell();
  const notify = useToast();
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [recent, setRecent] = useState<readonly RecentWorkspace[]>([]);
  // Events and keys are subscribed once; they run with the latest targets.
  const latest = useRef(targets);
  useEffect(() => {
    latest.current = targets;
  });

  const fail = useCallback((what: string, error: unknown) => notify(`${what}: ${error instanceof Error ? error.message : String(error)}`, 'error'), [notify]);

  const toSnapshots = useCallback(async (request: SnapshotsRequest) => {
    latest.current.leaveFirstRun();
    requestSnapshots(request);
    await latest.current.showPage('snapshots');
  }, []);

  const openRecent = useCallback(
    async (path: string) => {
      if (!(await latest.current.guardUnsaved())) return;
      try {
        await shellCall('workspace.open', { path }); // the window reloads with it
      } catch (error) {
        fail('Could not open the workspace', error);
      }
    },
    [fail],
  );

  const run = useCallback(
    async (id: CommandId) => {
      const t = latest.current;
      try {
        switch (id) {
          case 'workspace.new':
          case 'workspace.open':
            if (await t.guardUnsaved()) await shellCall(id, {});
            return;
          case 'workspace.saveCopy': {
            const copy = await shellCall('workspace.saveCopy', {});
            if (copy.saved) notify(`Saved a copy as ${copy.path}`, 'success');
            return;
          }
          case 'snapshot.import': {
            // Desktop: the native dialog; browser: the page's own picker and drop zone.
            const files = await openNativeFiles('snapshot');
            if (files === null) return void (await toSnapshots({ section: 'import' }));
            if (files[0]) await toSnapshots({ section: 'import', snapshot: files[0] });
            return;
          }
          case 'csv.import': {
            const files = await openNativeFiles('csv', true);
            if (files === null) return void (await toSnapshots({ section: 'csv' }));
            if (files.length) await toSnapshots({ section: 'csv', csv: files });
            return;
          }
          case 'snapshot.export':
            return void (await toSnapshots({ section: 'export' }));
          case 'csv.export':
          case 'graph.export':
            return void (await toSnapshots({ section: 'formats' }));
          case 'edit.undo':
          case 'edit.redo':
            // From the menu: a text field undoes its own typing, as its key would.
            if (isTextEntry(document.activeElement as HTMLElement | null)) return void document.execCommand(id === 'edit.undo' ? 'undo' : 'redo');
            return void (await t.runHistory(id === 'edit.undo' ? 'undo' : 'redo'));
          case 'edit.find':
            t.filterRef.current?.focus();
            t.filterRef.current?.select();
            return;
          case 'record.new':
            return void (await t.startNew());
          case 'record.save':
            t.editorRef.current?.save();
            return;
          case 'palette.open':
            setPaletteOpen(true);
            return;
          case 'view.diagram':
            return void (await t.showDiagram());
          case 'view.analysis':
          case 'view.snapshots':
          case 'view.report':
            return void (await t.showPage(id.slice('view.'.length) as Exclude<PageName, 'diagram'>));
          case 'view.facilities':
          case 'view.flows':
          case 'view.materials':
          case 'view.sources':
            return void (await t.switchView(id.slice('view.'.length) as 'facilities' | 'flows' | 'materials' | 'sources'));
          case 'help.shortcuts':
            setShortcutsOpen(true);
            return;
          case 'app.about':
            await shellCall('app.about', {});
            return;
        }
      } catch (error) {
        fail(COMMANDS[id].label.replace(/…$/, ''), error);
      }
    },
    [notify, fail, toSnapshots],
  );

  /** The snapshot files the OS opened with the app (only the newest is shown: each pick supersedes the last). */
  const takeOpenedFiles = useCallback(async () => {
    try {
      let last = null;
      for (let file = (await shellCall('file.takeOpened', {})).file; file; file = (await shellCall('file.takeOpened', {})).file) last = file;
      if (last) await toSnapshots({ section: 'import', snapshot: bytesToFile(last.name, last.bytes, 'snapshot') });
    } catch (error) {
      fail('Could not open the snapshot', error);
    }
  }, [toSnapshots, fail]);

  useEffect(() => {
    if (!desktop) return;
    void takeOpenedFiles();
    return onShellEvent((event) => {
      if (event.type === 'command') void run(event.id);
      else if (event.type === 'open-recent') void openRecent(event.path);
      else if (event.type === 'file-opened') void takeOpenedFiles();
    });
  }, [desktop, run, openRecent, takeOpenedFiles]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || document.querySelector('dialog[open]')) return;
      for (const id of KEYED) {
        const def = COMMANDS[id];
        if (!('accelerator' in def) || ('desktopOnly' in def && def.desktopOnly && !desktop)) continue;
        if (matchesAccelerator(e, def.accelerator, IS_MAC)) {
          e.preventDefault();
          void run(id);
          return;
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [desktop, run]);

  // The recent workspaces, read each time the palette opens (files may have moved since).
  useEffect(() => {
    if (!paletteOpen || !desktop) return;
    let live = true;
    shellCall('workspace.recent', {})
      .then((r) => live && setRecent(r.files))
      .catch(() => live && setRecent([]));
    return () => {
      live = false;
    };
  }, [paletteOpen, desktop]);

  return { desktop, run, openRecent, recent, paletteOpen, setPaletteOpen, shortcutsOpen, setShortcutsOpen };
}
