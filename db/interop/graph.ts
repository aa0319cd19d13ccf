// The graph the interop formats write: facilities as nodes and flows as edges, with their
// attributes flattened to text, numbers or nothing (material ids resolved to names).
import type { Workspace } from '../workspace';

export type AttributeType = 'string' | 'double' | 'int';
export interface AttributeSpec {
  name: string;
  type: AttributeType;
}
export type AttributeValue = string | number | null;

export const NODE_ATTRIBUTES: readonly AttributeSpec[] = [
  { name: 'name', type: 'string' },
  { name: 'stage', type: 'string' },
  { name: 'country', type: 'string' },
  { name: 'operator', type: 'string' },
  { name: 'owner_country', type: 'string' },
  { name: 'lat', type: 'double' },
  { name: 'lon', type: 'double' },
  { name: 'status', type: 'string' },
  { name: 'capacity_t', type: 'double' },
  { name: 'capacity_material', type: 'string' },
  { name: 'stock_t', type: 'double' },
  { name: 'confidence', type: 'string' },
  { name: 'tags', type: 'string' },
  { name: 'notes', type: 'string' },
];
export const EDGE_ATTRIBUTES: readonly AttributeSpec[] = [
  { name: 'material', type: 'string' },
  { name: 'material_id', type: 'string' },
  { name: 'volume_t', type: 'double' },
  { name: 'year', type: 'int' },
  { name: 'status', type: 'string' },
  { name: 'confidence', type: 'string' },
  { name: 'notes', type: 'string' },
];

export interface GraphNode {
  id: string;
  label: string;
  attributes: Record<string, AttributeValue>;
}
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  weight: number | null;
  attributes: Record<string, AttributeValue>;
}
export interface ExportGraph {
  name: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export function loadGraph(ws: Workspace): ExportGraph {
  const materialName = new Map(ws.all('materials').map((m) => [m.id, m.name]));
  const nodes = ws.all('facilities', 'id').map((f) => ({
    id: f.id,
    label: f.name,
    attributes: {
      name: f.name,
      stage: f.stage,
      country: f.country,
      operator: f.operator,
      owner_country: f.owner_country,
      lat: f.lat,
      lon: f.lon,
      status: f.status,
      capacity_t: f.capacity_t,
      capacity_material: f.capacity_material_id === null ? null : (materialName.get(f.capacity_material_id) ?? f.capacity_material_id),
      stock_t: f.stock_t,
      confidence: f.confidence,
      tags: f.tags.join(';'),
      notes: f.notes,
    },
  }));
  const edges = ws.all('flows', 'id').map((f) => {
    const material = materialName.get(f.material_id) ?? f.material_id;
    return {
      id: f.id,
      source: f.from_id,
      target: f.to_id,
      label: material,
      weight: f.volume_t,
      attributes: {
        material,
        material_id: f.material_id,
        volume_t: f.volume_t,
        year: f.year,
        status: f.status,
        confidence: f.confidence,
        notes: f.notes,
      },
    };
  });
  return { name: ws.meta('name') ?? 'Lodestone workspace', nodes, edges };
}
