// Node side: reads the records the analyses need from a workspace (only the columns they
// use, in one statement per table) and builds the graph. Kept apart from the pure
// analysis files so that those stay importable in a Web Worker.
import type { Workspace } from '../workspace';
import type { CheckFacility, CheckFlow, CheckInput, CheckMaterial } from './checks';
import { buildGraph, type Graph, type GraphFacility, type GraphFlow, type GraphInput, type GraphMaterial, type GraphOptions } from './graph';

export function loadGraphInput(ws: Workspace): GraphInput {
  return {
    facilities: ws
      .prepare('SELECT id, name, stage, country, owner_country, status, capacity_t, stock_t, confidence FROM facilities ORDER BY rowid')
      .all() as GraphFacility[],
    flows: ws.prepare('SELECT id, from_id, to_id, material_id, volume_t, status, confidence FROM flows ORDER BY rowid').all() as GraphFlow[],
    materials: ws.prepare('SELECT id, name FROM materials ORDER BY rowid').all() as GraphMaterial[],
  };
}

/** The records the data checks read (checks.ts), in the order they were stored. */
export function loadCheckInput(ws: Workspace): CheckInput {
  return {
    facilities: ws.prepare('SELECT id, name, stage, status, capacity_t, capacity_material_id FROM facilities ORDER BY rowid').all() as CheckFacility[],
    flows: ws.prepare('SELECT id, from_id, to_id, material_id, volume_t, status FROM flows ORDER BY rowid').all() as CheckFlow[],
    materials: ws.prepare('SELECT id, name, form FROM materials ORDER BY rowid').all() as CheckMaterial[],
  };
}

export function loadGraph(ws: Workspace, options: GraphOptions = {}): Graph {
  return buildGraph(loadGraphInput(ws), options);
}
