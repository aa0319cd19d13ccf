// Facilities named in analysis inputs: by id, or by a name unique in the workspace
// (case-insensitive). Unknown, ambiguous and not-counted facilities are refused with a
// message that names the input field.
import { validationError } from '../errors';
import { statusCounts, type Graph, type GraphFacility } from './graph';

const byName = new WeakMap<Graph, Map<string, GraphFacility[]>>();
const byId = new WeakMap<Graph, Map<string, GraphFacility>>();

function nameIndex(graph: Graph): Map<string, GraphFacility[]> {
  let index = byName.get(graph);
  if (!index) {
    index = new Map();
    for (const f of graph.everyFacility) {
      const key = f.name.trim().toLowerCase();
      const list = index.get(key);
      if (list) list.push(f);
      else index.set(key, [f]);
    }
    byName.set(graph, index);
  }
  return index;
}

function idIndex(graph: Graph): Map<string, GraphFacility> {
  let index = byId.get(graph);
  if (!index) {
    index = new Map(graph.everyFacility.map((f) => [f.id, f]));
    byId.set(graph, index);
  }
  return index;
}

export const quoted = (text: string) => `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;

/** The facility `ref` names (by id, else by unique name), counted or not; `path` is the input field, for the message. */
export function findFacility(graph: Graph, ref: string, path: string): GraphFacility {
  const facility = idIndex(graph).get(ref);
  if (facility) return facility;
  const named = nameIndex(graph).get(ref.trim().toLowerCase()) ?? [];
  if (named.length === 0) throw validationError([{ path, message: `No facility with id or name ${quoted(ref)}` }]);
  if (named.length > 1) {
    const ids = named.slice(0, 5).map((f) => f.id).join(', ');
    throw validationError([{ path, message: `More than one facility is named ${quoted(ref)} (${ids}); use its id` }]);
  }
  return named[0]!;
}

/** The node of the facility `ref` names; `path` is the input field, for the message. */
export function resolveFacility(graph: Graph, ref: string, path: string): number {
  const node = graph.indexOf.get(ref);
  if (node !== undefined) return node;
  const facility = findFacility(graph, ref, path);
  const counted = graph.indexOf.get(facility.id);
  if (counted !== undefined) return counted;
  const why = statusCounts(facility.status, true)
    ? `is ${facility.status}, and only operating facilities count unless planned ones are included (--include-planned)`
    : `is ${facility.status}; idle and closed facilities never count`;
  throw validationError([{ path, message: `Facility ${quoted(facility.name)} ${why}` }]);
}

/** Nodes of several references, without repeats, in the order given. */
export function resolveFacilities(graph: Graph, refs: readonly string[], path: string): number[] {
  return [...new Set(refs.map((ref, i) => resolveFacility(graph, ref, `${path}.${i}`)))];
}
