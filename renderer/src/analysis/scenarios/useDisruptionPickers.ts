// Options for the disruption editor's pickers: the window's facility and material options
// (and which materials carry a heavy rare earth), the facilities that could come online (planned or under construction), and flows
// (labelled "from → to"), built only while a flow disruption needs them: a workspace can
// hold 100,000 flows.
import { useMemo } from 'react';
import { COUNTRY_NAMES } from '../../../../db/model/countries';
import { facilityOptions, type Pickers } from '../../logic/pickers';
import { countedChain, directExports, importingSuppliers, type CountedChain } from '../logic/banReach';
import { byIdOrName } from '../../../../db/model/disruption-text';
import { heavyRareEarthMaterials } from '../logic/heavyMaterials';
import type { PickOption } from '../../logic/options';
import { useWorkspace } from '../../state/context';
import type { DisruptionPickers } from './DisruptionFields';

const collator = new Intl.Collator('en');

export function useDisruptionPickers(pickers: Pickers, needFlows: boolean): DisruptionPickers {
  const ws = useWorkspace();
  const flows = useMemo((): PickOption[] => {
    if (!needFlows) return [];
    const name = new Map(ws.facilities.map((f) => [f.id, f.name]));
    const material = new Map(ws.materials.map((m) => [m.id, m.name]));
    return ws.flows
      .map((f) => {
        const label = `${name.get(f.from_id) ?? f.from_id} → ${name.get(f.to_id) ?? f.to_id}`;
        const detail = material.get(f.material_id) ?? '';
        return { value: f.id, label, detail, search: `${label}\u0001${detail}`.toLowerCase() };
      })
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [needFlows, ws.flows, ws.facilities, ws.materials]);
  const coming = useMemo((): PickOption[] => {
    const candidates = ws.facilities.filter((f) => f.status === 'planned' || f.status === 'construction');
    const planned = new Set(candidates.filter((f) => f.status === 'planned').map((f) => f.id));
    return facilityOptions(candidates).map((o) => ({ ...o, detail: `${o.detail} · ${planned.has(o.value) ? 'planned' : 'under construction'}` }));
  }, [ws.facilities]);
  const heavyMaterials = useMemo(() => heavyRareEarthMaterials(ws.materials), [ws.materials]);
  const banReach = useMemo((): DisruptionPickers['banReach'] => {
    // Built on the first ban with destinations, then kept until the records change.
    let chain: CountedChain | undefined;
    // A scenario read from a file may name records instead of giving their ids.
    const idOf = (find: (ref: string) => { id: string } | undefined) => (ref: string) => find(ref)?.id ?? ref;
    const facilityId = idOf(byIdOrName(ws.facilities));
    const materialId = idOf(byIdOrName(ws.materials));
    return (country, materials, destinations) => {
      const to = destinations.map(facilityId);
      const of = materials.map(materialId);
      chain ??= countedChain(ws.flows, ws.facilities);
      return { direct: directExports(chain, country, of, to), suppliers: importingSuppliers(chain, to, country, of) };
    };
  }, [ws.flows, ws.facilities, ws.materials]);
  return useMemo(() => {
    const facilityName = new Map(pickers.facilities.map((o) => [o.value, o.label]));
    const materialName = new Map(pickers.materials.flatMap((o) => [[o.value, o.label] as const, [o.label.toLowerCase(), o.label] as const]));
    return {
      facilities: pickers.facilities,
      coming,
      materials: pickers.materials,
      heavyMaterials,
      banReach,
      flows,
      nameOf: (kind, value) =>
        kind === 'facility'
          ? (facilityName.get(value) ?? value)
          : kind === 'material'
            ? (materialName.get(value) ?? materialName.get(value.toLowerCase()) ?? value)
            : (COUNTRY_NAMES[value] ?? value),
    };
  }, [pickers.facilities, pickers.materials, heavyMaterials, banReach, flows, coming]);
}
