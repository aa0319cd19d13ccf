// Strongly connected components (Tarjan, iterative) of the flow graph, listed upstream
// before downstream: every analysis that settles facilities in chain order walks this, and
// only components with a cycle (recycling loops) need iterating.

/** The adjacency the ordering needs (a Graph fits). */
interface Adjacency {
  n: number;
  to: Int32Array;
  outStart: Int32Array;
  outEdge: Int32Array;
}

export interface ComponentOrder {
  /** Nodes, component by component, upstream components first. */
  order: Int32Array;
  /** Component c holds order[start[c] .. start[c+1]). */
  start: Int32Array;
  /** 1 when component c has a cycle (more than one node; self-loops do not exist). */
  cyclic: Uint8Array;
}

export function strongComponents(graph: Adjacency): ComponentOrder {
  const { n, to, outStart, outEdge } = graph;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  let stackTop = 0;
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  // Tarjan emits components sinks first; they are written from the back to end up sources first.
  const order = new Int32Array(n);
  let orderFill = n;
  const sizes: number[] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let depth = 0;
    callNode[0] = root;
    callEdge[0] = outStart[root]!;
    index[root] = low[root] = counter++;
    stack[stackTop++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const v = callNode[depth]!;
      const k = callEdge[depth]!;
      if (k < outStart[v + 1]!) {
        callEdge[depth] = k + 1;
        const w = to[outEdge[k]!]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack[stackTop++] = w;
          onStack[w] = 1;
          depth++;
          callNode[depth] = w;
          callEdge[depth] = outStart[w]!;
        } else if (onStack[w] && index[w]! < low[v]!) {
          low[v] = index[w]!;
        }
        continue;
      }
      if (low[v] === index[v]) {
        let size = 0;
        let w: number;
        do {
          w = stack[--stackTop]!;
          onStack[w] = 0;
          size++;
        } while (w !== v);
        // The popped nodes are stack[stackTop .. stackTop+size): copy them as one block.
        orderFill -= size;
        order.set(stack.subarray(stackTop, stackTop + size), orderFill);
        sizes.push(size);
      }
      depth--;
      if (depth >= 0) {
        const parent = callNode[depth]!;
        if (low[v]! < low[parent]!) low[parent] = low[v]!;
      }
    }
  }
  const count = sizes.length;
  const start = new Int32Array(count + 1);
  const cyclic = new Uint8Array(count);
  // sizes are sinks first; components in `order` are sources first.
  for (let c = 0; c < count; c++) {
    const size = sizes[count - 1 - c]!;
    start[c + 1] = start[c]! + size;
    cyclic[c] = size > 1 ? 1 : 0;
  }
  return { order, start, cyclic };
}
