// Small hand-made graphs for the analysis tests, and generated chains as graph input.
import type { GeneratedChain } from '../../../bench/generate';
import type { Confidence, FacilityStatus, Stage } from '../../model/enums';
import type { GraphFacility, GraphFlow, GraphInput } from '../graph';

type FacilitySpec = [id: string, stage: Stage, country: string, extra?: Partial<GraphFacility>];
type FlowSpec = [from: string, to: string, volume: number, material?: string, extra?: Partial<GraphFlow>];

/** Facilities named by their id; flows numbered f1, f2, ... in order. */
export function chain(facilities: FacilitySpec[], flows: FlowSpec[]): GraphInput {
  return {
    facilities: facilities.map(([id, stage, country, extra]) => ({
      id, name: id, stage, country, owner_country: null, status: 'operating', capacity_t: null, stock_t: null, ...extra,
    })),
    flows: flows.map(([from_id, to_id, volume_t, material_id, extra], i) => ({
      id: `f${i + 1}`, from_id, to_id, volume_t, material_id: material_id ?? 'mat', status: 'operating', ...extra,
    })),
    materials: [{ id: 'mat', name: 'Material' }, { id: 'ndpr', name: 'NdPr oxide' }, { id: 'dy', name: 'Dy oxide' }],
  };
}

/** A generated chain (bench/generate.ts) as graph input, names resolved to ids. */
export function generatedInput(chain: GeneratedChain, scale = 1): GraphInput {
  const idOf = new Map<string, string>();
  for (const f of chain.facilities) {
    idOf.set(f.id, f.id);
    idOf.set(f.name, f.id);
  }
  const materialId = new Map(chain.materials.map((m) => [m.name, m.id]));
  return {
    facilities: chain.facilities.map((f) => ({
      id: f.id, name: f.name, stage: f.stage, country: f.country, owner_country: f.owner_country || null,
      status: f.status as FacilityStatus, capacity_t: f.capacity_t, stock_t: f.stock_t, confidence: f.confidence as Confidence,
    })),
    flows: chain.flows.map((f) => ({
      id: f.id, from_id: idOf.get(f.from)!, to_id: idOf.get(f.to)!, material_id: materialId.get(f.material)!,
      volume_t: f.volume_t * scale, status: f.status as FacilityStatus, confidence: f.confidence as Confidence,
    })),
    materials: chain.materials.map((m) => ({ id: m.id, name: m.name })),
  };
}
