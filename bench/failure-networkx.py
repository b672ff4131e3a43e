"""
The networkx side of the failure benchmark (bench/failure.ts): the same provider-capability-
hosting structure, read from the JSON the benchmark writes, and the work a failure analysis
does on it with networkx's own algorithms:

  dominators       immediate_dominators from the operator over the dependency edges
                   (needs, supplied_by, hosted_on, subcontractor_of, member_of);
  articulation     articulation_points of the structure taken as undirected;
  blast radius     for every provider and group, the nodes it dominates (its subtree in the
                   dominator tree): what becomes unreachable from the operator without it.

Prints one JSON object: the seconds of each step and of all of them, the best of three runs.
"""
import json
import sys
import time

import networkx as nx


def analyse(graph, operator):
    start = time.perf_counter()
    idom = nx.immediate_dominators(graph, operator)
    dominators = time.perf_counter()
    articulation = list(nx.articulation_points(graph.to_undirected(as_view=True)))
    articulated = time.perf_counter()
    children = {}
    for node, parent in idom.items():
        if node != parent:
            children.setdefault(parent, []).append(node)
    radius = {}
    for node in graph.nodes:
        if graph.nodes[node]["kind"] not in ("provider", "group"):
            continue
        seen, stack = 0, [node]
        while stack:
            current = stack.pop()
            seen += 1
            stack.extend(children.get(current, ()))
        radius[node] = seen - 1
    done = time.perf_counter()
    return {
        "dominators": dominators - start,
        "articulation": articulated - dominators,
        "blastRadius": done - articulated,
        "total": done - start,
        "articulationPoints": len(articulation),
        "dominated": sum(radius.values()),
    }


def main():
    with open(sys.argv[1], encoding="utf8") as handle:
        structure = json.load(handle)
    graph = nx.DiGraph()
    for key, kind in structure["nodes"]:
        graph.add_node(key, kind=kind)
    graph.add_edges_from(structure["edges"])
    runs = [analyse(graph, structure["operator"]) for _ in range(3)]
    print(json.dumps(min(runs, key=lambda run: run["total"])))


if __name__ == "__main__":
    main()
