// Dominators from a virtual source that feeds every origin of material (every mine, and
// every facility that ships more than it receives): d dominates v when every supply path
// to v passes through d. Cooper, Harvey and Kennedy, "A Simple, Fast Dominance
// Algorithm" (2001): iterate idom over reverse postorder, intersecting predecessors' idoms
// by postorder number. Near-linear on supply chains, whose dominator trees are shallow.
import { originatedShare, type Graph } from './graph';

export interface Dominators {
  /** The virtual source's node number (graph.n). */
  source: number;
  /** Immediate dominator of each node (source's is itself); -1 when unreachable from any origin. */
  idom: Int32Array;
}

export function isOrigin(graph: Graph, v: number): boolean {
  return graph.outbound[v]! > 0 && (graph.stage[v] === 0 || originatedShare(graph, v) > 0);
}

export function dominators(graph: Graph): Dominators {
  const n = graph.n;
  const source = n;
  const origin = new Uint8Array(n);
  for (let v = 0; v < n; v++) origin[v] = isOrigin(graph, v) ? 1 : 0;

  // Postorder numbers by iterative depth-first search from the virtual source.
  const post = new Int32Array(n + 1).fill(-1);
  const byPost: number[] = [];
  const visited = new Uint8Array(n + 1);
  const stackNode: number[] = [source];
  const stackNext: number[] = [0];
  visited[source] = 1;
  while (stackNode.length) {
    const top = stackNode.length - 1;
    const v = stackNode[top]!;
    const k = stackNext[top]!;
    let child = -1;
    if (v === source) {
      for (let u = k; u < n; u++) {
        if (origin[u] && !visited[u]) {
          child = u;
          stackNext[top] = u + 1;
          break;
        }
      }
      if (child < 0) stackNext[top] = n;
    } else {
      for (let i = k; i < graph.outStart[v + 1]! - graph.outStart[v]!; i++) {
        const w = graph.to[graph.outEdge[graph.outStart[v]! + i]!]!;
        if (!visited[w]) {
          child = w;
          stackNext[top] = i + 1;
          break;
        }
      }
    }
    if (child >= 0) {
      visited[child] = 1;
      stackNode.push(child);
      stackNext.push(0);
    } else {
      post[v] = byPost.length;
      byPost.push(v);
      stackNode.pop();
      stackNext.pop();
    }
  }

  const idom = new Int32Array(n + 1).fill(-1);
  idom[source] = source;
  const intersect = (a: number, b: number): number => {
    while (a !== b) {
      while (post[a]! < post[b]!) a = idom[a]!;
      while (post[b]! < post[a]!) b = idom[b]!;
    }
    return a;
  };
  for (let changed = true; changed; ) {
    changed = false;
    // Reverse postorder, skipping the source (numbered last).
    for (let p = byPost.length - 2; p >= 0; p--) {
      const v = byPost[p]!;
      let next = origin[v] ? source : -1;
      for (let i = graph.inStart[v]!; i < graph.inStart[v + 1]!; i++) {
        const u = graph.from[graph.inEdge[i]!]!;
        if (idom[u] === -1) continue;
        next = next === -1 ? u : intersect(u, next);
      }
      if (next !== -1 && idom[v] !== next) {
        idom[v] = next;
        changed = true;
      }
    }
  }
  return { source, idom };
}
