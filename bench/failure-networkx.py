"""
The networkx side of the failure benchmark (bench/failure.ts): the same provider-capability-
hosting structure, read from the JSON the benchmark writes, and the structural work of a
failure analysis done with networkx's own algorithms:

  dominators       immediate_dominators from the operator over the dependency edges
                   (needs, supplied_by, hosted_on, subcontractor_of, member_of);
  articulation     articulation_points of the structure taken as undirected;
  blast radius     for every provider and group, the providers that go down with it, as
                   mvnoscope reads it: the provider itself and everything hosted on it,
                   recursively; a group's members and everything hosted on them. These are
                   its ancestors over the hosted_on and member_of edges (nx.ancestors).

The graphs are built before the clock starts. Prints one JSON object: the CPU seconds
(time.process_time) of each step and of all of them, from the best of seven runs (the least
disturbed by other work on a shared machine; the benchmark takes the same statistic for
mvnoscope), and the providers down summed over every provider and group, which the benchmark
checks against mvnoscope's own blast radii.
"""
import json
import sys
import time

import networkx as nx

RUNS = 7


def analyse(graph, hosting, operator):
    start = time.process_time()
    nx.immediate_dominators(graph, operator)
    dominators = time.process_time()
    articulation = list(nx.articulation_points(graph.to_undirected(as_view=True)))
    articulated = time.process_time()
    providers_down = 0
    for node, kind in graph.nodes(data="kind"):
        if kind == "provider":
            providers_down += len(nx.ancestors(hosting, node)) + 1
        elif kind == "group":
            providers_down += len(nx.ancestors(hosting, node))
    done = time.process_time()
    return {
        "dominators": dominators - start,
        "articulation": articulated - dominators,
        "blastRadius": done - articulated,
        "total": done - start,
        "articulationPoints": len(articulation),
        "providersDown": providers_down,
    }


def main():
    with open(sys.argv[1], encoding="utf8") as handle:
        structure = json.load(handle)
    graph = nx.DiGraph()
    for key, kind in structure["nodes"]:
        graph.add_node(key, kind=kind)
    hosting = nx.DiGraph()
    hosting.add_nodes_from(graph.nodes)
    for source, target, kind in structure["edges"]:
        graph.add_edge(source, target)
        if kind in ("hosted_on", "member_of"):
            hosting.add_edge(source, target)
    runs = sorted(
        (analyse(graph, hosting, structure["operator"]) for _ in range(RUNS)),
        key=lambda run: run["total"],
    )
    print(json.dumps(runs[0]))


if __name__ == "__main__":
    main()
