// The Scenarios tab: saved scenarios on the left; the open one's editor, and the results of
// its last run (supply ratio by month for the targets, months to shortfall).
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Scenario, ScenarioFields } from '../../../../db/model/analysis';
import { useConfirm } from '../../components/ConfirmDialog';
import { useToast } from '../../components/Toasts';
import { errorData } from '../../api/client';
import { SHORTCUTS } from '../../platform';
import { useWorkspace } from '../../state/context';
import { PanelStatus } from '../PanelStatus';
import { checkDraft, draftChanged, draftKey, draftOf, emptyDraft, sameDefinition, type ScenarioDraft } from '../logic/scenarioDraft';
import { CHINA_EXPORT_BAN, freeName, heavyBanPreset } from '../logic/presets';
import type { AnalysisState } from '../useAnalysisState';
import { useAnalysis } from '../worker/useAnalysis';
import type { Pickers } from '../../logic/pickers';
import { useDisruptionPickers } from './useDisruptionPickers';
import { ScenarioEditor } from './ScenarioEditor';
import { ScenarioList, type ScenarioPreset } from './ScenarioList';
import { ScenarioResults } from './ScenarioResults';
import { useScenarios } from './useScenarios';

interface Props {
  state: AnalysisState;
  targetIds: readonly string[];
  targetName: string;
  pickers: Pickers;
}

const opened = (id: string | null, draft: ScenarioDraft) => ({ id, draft, loaded: draftKey(draft) });
const definition = (s: Scenario): ScenarioFields => ({ name: s.name, months: s.months, notes: s.notes, disruptions: s.disruptions });

export function ScenarioPanel({ state, targetIds, targetName, pickers }: Props) {
  const ws = useWorkspace();
  const notify = useToast();
  const confirm = useConfirm();
  const { list, error: listError, create, update, remove } = useScenarios();
  const open = state.scenario;
  const setOpen = state.setScenario;
  const saved = open?.id ? (list?.find((s) => s.id === open.id) ?? null) : null;
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [run, setRun] = useState<ScenarioFields | null>(null);

  const draft = open?.draft ?? null;
  const disruptionPickers = useDisruptionPickers(pickers, draft?.disruptions.some((d) => d.kind === 'flow') ?? false);
  const check = useMemo(() => (draft ? checkDraft(draft) : null), [draft]);
  /** Differs from the saved scenario (a new one always does). */
  const dirty = draft ? draftChanged(draft, saved) : false;
  /** Typed in since it was opened. */
  const edited = open ? draftKey(open.draft) !== open.loaded : false;
  // Messages show once something was typed, or after a Save or Run.
  const errors = check && !check.ok && (edited || submitted) ? check.errors : {};

  // Nothing open yet: the first saved scenario. The open one deleted (an undone create): none.
  useEffect(() => {
    if (!list) return;
    if (open === null && list.length) {
      setOpen(opened(list[0]!.id, draftOf(list[0]!)));
      setRun(definition(list[0]!));
    } else if (open?.id && !list.some((s) => s.id === open.id)) {
      setOpen(null);
      setRun(null);
    }
  }, [list, open, setOpen]);

  // The saved scenario changed (an undo, another program): follow it unless it was edited here.
  const followed = useRef('');
  useEffect(() => {
    if (!saved || open?.id !== saved.id) return;
    const revision = `${saved.id}:${saved.revision}`;
    if (followed.current === revision) return;
    followed.current = revision;
    if (!edited && draftChanged(open.draft, saved)) setOpen(opened(saved.id, draftOf(saved)));
  }, [saved, open, edited, setOpen]);

  const leave = async (): Promise<boolean> => {
    if (!edited) return true;
    return confirm({ title: 'Discard the changes to this scenario?', message: 'Its edits have not been saved.', confirmLabel: 'Discard', danger: true });
  };

  const openSaved = async (id: string) => {
    if (id === open?.id) return;
    if (!(await leave())) return;
    const s = list?.find((x) => x.id === id);
    if (!s) return;
    setSubmitted(false);
    setOpen(opened(id, draftOf(s)));
    setRun(definition(s));
  };

  // To the facilities analysed ("For"), with every material that carries a heavy rare earth.
  const heavyBan = useMemo(() => {
    const heavy = disruptionPickers.heavyMaterials;
    if (!heavy.length) return { title: 'No material in the workspace lists a heavy rare earth (Y, Gd to Lu) among its elements', unavailable: true };
    if (!targetIds.length) return { title: 'Choose the facilities to analyse under “For” first', unavailable: true };
    return {
      title: `China bans exports of the ${heavy.length} heavy rare-earth materials (Y, Gd to Lu) to ${targetName}, the facilities chosen under “For”, from month 1`,
      unavailable: false,
    };
  }, [disruptionPickers.heavyMaterials, targetIds, targetName]);

  const openNew = async (preset: ScenarioPreset | null) => {
    if (!(await leave())) return;
    const taken = (list ?? []).map((s) => s.name);
    const fromPreset =
      preset === 'china-ban'
        ? CHINA_EXPORT_BAN
        : preset === 'heavy-ban'
          ? heavyBanPreset(
              targetIds.map((id) => ({ id, name: disruptionPickers.nameOf('facility', id) })),
              state.targets.length === 0,
              disruptionPickers.heavyMaterials,
            )
          : null;
    const draftNew: ScenarioDraft = fromPreset ? draftOf({ ...fromPreset, name: freeName(fromPreset.name, taken) }) : emptyDraft(freeName('New scenario', taken));
    setSubmitted(false);
    setOpen(opened(null, draftNew));
    setRun(null);
  };

  const save = async () => {
    if (!draft || !check) return;
    if (!check.ok) {
      setSubmitted(true);
      focusFirstInvalid();
      return;
    }
    setSaving(true);
    try {
      const result = saved ? await update(saved.id, saved.revision, check.value) : await create(check.value);
      setSubmitted(false);
      setOpen(opened(result.id, draftOf(result)));
      notify(`Saved scenario “${result.name}”`, 'success');
    } catch (e) {
      notify(`Could not save the scenario: ${errorData(e).message}`, 'error');
    } finally {
      setSaving(false);
    }
  };

  const runDraft = () => {
    if (!check) return;
    if (!check.ok) {
      setSubmitted(true);
      focusFirstInvalid();
      return;
    }
    setRun(check.value);
  };

  const deleteSaved = async () => {
    if (!saved) return;
    try {
      await remove(saved.id);
      setOpen(null);
      setRun(null);
      notify(`Deleted scenario “${saved.name}”. ${SHORTCUTS.modPrefix}Z brings it back.`, 'success');
    } catch (e) {
      notify(`Could not delete the scenario: ${errorData(e).message}`, 'error');
    }
  };

  const runInput = useMemo(() => (run ? { scenario: run, include_planned: state.includePlanned } : null), [run, state.includePlanned]);
  const result = useAnalysis(state.engine, 'scenario', 'analysis.scenario', runInput, ws.version);
  // Another saved scenario run beside it, under the same settings; never the one open.
  const [compareId, setCompareId] = useState<string | null>(null);
  const compareWith = compareId && compareId !== open?.id ? (list?.find((s) => s.id === compareId) ?? null) : null;
  const compareInput = useMemo(
    () => (compareWith && run ? { scenario: { ...definition(compareWith), months: run.months }, include_planned: state.includePlanned } : null),
    [compareWith, run, state.includePlanned],
  );
  const compared = useAnalysis(state.engine, 'scenario-compare', 'analysis.scenario', compareInput, ws.version);
  const compareOptions = useMemo(() => (list ?? []).filter((s) => s.id !== open?.id).map((s) => ({ id: s.id, name: s.name })), [list, open?.id]);
  const stale = run !== null && check?.ok === true && !sameDefinition(check.value, run);

  return (
    <div className="scenario-panel">
      <ScenarioList scenarios={list} currentId={open?.id ?? null} drafting={open !== null && open.id === null} onOpen={(id) => void openSaved(id)} onNew={() => void openNew(null)} onPreset={(preset) => void openNew(preset)} heavyBan={heavyBan} />
      <div className="scenario-main">
        {listError ? <PanelStatus busy={false} error={listError} /> : null}
        {open && draft ? (
          <ScenarioEditor
            draft={draft}
            onChange={(next) => setOpen({ ...open, draft: next })}
            errors={errors}
            saved={saved !== null}
            dirty={dirty}
            saving={saving}
            onSave={() => void save()}
            onRun={runDraft}
            onDelete={() => void deleteSaved()}
            onRevert={() => {
              if (!saved) return;
              setSubmitted(false);
              setOpen(opened(saved.id, draftOf(saved)));
            }}
            pickers={disruptionPickers}
          />
        ) : (
          <p className="analysis-message">Open a saved scenario, start a new one, or begin from “China bans exports” or “China bans heavy rare earths” (to the facilities analysed).</p>
        )}
        {run ? (
          <ScenarioResults
            result={result}
            targetIds={targetIds}
            targetName={targetName}
            stale={stale}
            comparison={{ options: compareOptions, id: compareWith?.id ?? null, onChange: setCompareId, result: compareInput ? compared : null }}
          />
        ) : null}
      </div>
    </div>
  );
}

function focusFirstInvalid() {
  window.requestAnimationFrame(() => document.querySelector<HTMLElement>('.scenario-editor [aria-invalid="true"]')?.focus());
}
