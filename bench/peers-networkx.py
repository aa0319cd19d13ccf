"""The networkx side of the chokepoints comparison (bench/peers.ts runs it).

Reads the GraphML file Lodestone exported, keeps what Lodestone's analyses count
(operating facilities; operating flows with a volume above zero, both ends kept), adds a
virtual source feeding every origin of material (a mine, or a facility that ships more than
it receives, as db/analysis/dominators.ts), and times:
  - immediate dominators from that source (nx.immediate_dominators), and
  - betweenness centrality, sampled: k source nodes (seed fixed), since the exact measure
    is O(n*m), hours at 20k facilities and 100k flows.
Prints one JSON line: {"n", "m", "read_ms", "dominators_ms", "betweenness_ms", "k"}.

Usage: python3 bench/peers-networkx.py FILE.graphml K
"""
import json
import sys
import time

import networkx as nx


def main() -> None:
    path, k = sys.argv[1], int(sys.argv[2])
    start = time.perf_counter()
    raw = nx.read_graphml(path)
    read_ms = (time.perf_counter() - start) * 1000

    graph = nx.DiGraph()  # parallel flows (several materials between two facilities) become one edge
    graph.add_nodes_from(v for v, a in raw.nodes(data=True) if a.get("status", "operating") == "operating")
    for u, v, a in raw.edges(data=True):
        if u in graph and v in graph and a.get("status", "operating") == "operating" and float(a.get("volume_t", 0) or 0) > 0:
            graph.add_edge(u, v)
            graph[u][v]["volume"] = graph[u][v].get("volume", 0.0) + float(a["volume_t"])

    source = "__virtual_source__"
    inbound = {v: 0.0 for v in graph}
    outbound = {v: 0.0 for v in graph}
    for u, v, a in graph.edges(data=True):
        outbound[u] += a["volume"]
        inbound[v] += a["volume"]
    origins = [v for v in graph if outbound[v] > 0 and (raw.nodes[v].get("stage") == "mine" or outbound[v] > inbound[v])]

    start = time.perf_counter()
    with_source = graph.copy()
    with_source.add_edges_from((source, v) for v in origins)
    idom = nx.immediate_dominators(with_source, source)
    dominators_ms = (time.perf_counter() - start) * 1000

    start = time.perf_counter()
    nx.betweenness_centrality(graph, k=min(k, graph.number_of_nodes()), seed=1)
    betweenness_ms = (time.perf_counter() - start) * 1000

    print(json.dumps({
        "n": graph.number_of_nodes(), "m": graph.number_of_edges(), "origins": len(origins), "dominated": len(idom),
        "read_ms": read_ms, "dominators_ms": dominators_ms, "betweenness_ms": betweenness_ms, "k": k,
        "networkx": nx.__version__,
    }))


if __name__ == "__main__":
    main()
