// The Sankey of a target's provenance routes: one node per (stage, country), one column per
// stage, the target last; each route adds its tonnes along its hops. Columns must run
// left to right for a Sankey, so a hop that goes back up the chain (a tonne that passed an
// OEM before reaching a magnet maker, say) is left out of the picture of its route: the
// route keeps its longest run of hops in column order, and its mass stays whole. OEM hops
// (material that passed another OEM on its way, as scrap) are left out for the same reason.
import { COUNTRY_NAMES } from '../../../../db/model/countries';
import type { ProvenanceRoute } from '../../../../db/model/analysis';
import type { Stage } from '../../../../db/model/enums';
import { countryColor } from '../../diagram/model/style';
import { FLOW_RANK, stageHeader, stageName } from './stages';

export const TARGET_NODE = 'target';

export interface SankeyNode {
  id: string;
  /** Text shown beside the node. */
  label: string;
  /** Text for its tooltip. */
  title: string;
  color: string;
  /** Column, 0 = leftmost. */
  depth: number;
}

export interface SankeyLink {
  source: string;
  target: string;
  tonnes: number;
}

export interface SankeyModel {
  nodes: SankeyNode[];
  links: SankeyLink[];
  /** Stage of each column (the last column is the target), for headers. */
  columns: string[];
  /** Share of the inbound mass the drawn routes carry. */
  shownShare: number;
}

/** Indices of the longest strictly increasing run (not necessarily contiguous) of `ranks`. */
export function longestIncreasing(ranks: readonly number[]): number[] {
  const best: number[] = ranks.map(() => 1);
  const prev: number[] = ranks.map(() => -1);
  for (let i = 0; i < ranks.length; i++) {
    for (let j = 0; j < i; j++) {
      if (ranks[j]! < ranks[i]! && best[j]! + 1 > best[i]!) {
        best[i] = best[j]! + 1;
        prev[i] = j;
      }
    }
  }
  let end = -1;
  for (let i = 0; i < ranks.length; i++) if (end < 0 || best[i]! > best[end]!) end = i;
  const out: number[] = [];
  for (let i = end; i >= 0; i = prev[i]!) out.unshift(i);
  return out;
}

export function sankeyModel(routes: readonly ProvenanceRoute[], targetName: string): SankeyModel {
  const kept = routes
    .map((r) => ({ route: r, path: r.path.filter((h) => h.stage !== 'oem') }))
    .filter(({ route, path }) => route.tonnes > 0 && path.length > 0)
    .map(({ route, path }) => ({ route, hops: longestIncreasing(path.map((h) => FLOW_RANK[h.stage])).map((i) => path[i]!) }));
  const stages = [...new Set(kept.flatMap((k) => k.hops.map((h) => h.stage)))].sort((a, b) => FLOW_RANK[a] - FLOW_RANK[b]);
  const column = new Map<Stage, number>(stages.map((s, i) => [s, i]));

  const nodes = new Map<string, SankeyNode>();
  const links = new Map<string, SankeyLink>();
  const nodeOf = (stage: Stage, country: string) => {
    const id = `${stage}:${country}`;
    if (!nodes.has(id)) {
      const name = COUNTRY_NAMES[country] ?? country;
      nodes.set(id, { id, label: name, title: `${name}, ${stageName(stage).toLowerCase()}`, color: countryColor(country), depth: column.get(stage)! });
    }
    return id;
  };
  const addLink = (source: string, target: string, t: number) => {
    const key = `${source}>${target}`;
    const link = links.get(key);
    if (link) link.tonnes += t;
    else links.set(key, { source, target, tonnes: t });
  };
  let shownShare = 0;
  for (const { route, hops } of kept) {
    shownShare += route.share;
    const ids = hops.map((h) => nodeOf(h.stage, h.country));
    for (let i = 0; i + 1 < ids.length; i++) addLink(ids[i]!, ids[i + 1]!, route.tonnes);
    addLink(ids[ids.length - 1]!, TARGET_NODE, route.tonnes);
  }
  if (kept.length) nodes.set(TARGET_NODE, { id: TARGET_NODE, label: targetName, title: targetName, color: '#17202c', depth: stages.length });
  return {
    nodes: [...nodes.values()],
    links: [...links.values()],
    columns: kept.length ? [...stages.map(stageHeader), 'Target'] : [],
    shownShare: Math.min(1, shownShare),
  };
}
