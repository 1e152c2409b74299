/**
 * The network as GraphML (graphml.graphdrawing.org), readable by R igraph (`read_graph(…, "graphml")`), Gephi
 * and Python networkx (`read_graphml`): every attribute declared as a `<key>` with its type, persons and
 * organisations as nodes (`kind` tells them apart), ties and family relations as edges (`type` tells them
 * apart: `tie`, `partnership`, `parentChild`, `emotional`). One directed graph: ties run from `from` to `to`,
 * parent-child links from parent to child; `directed` on a relation says whether its direction means anything.
 */
import type { KringDocument } from '@kring/core';
import { escapeXml } from '@kring/scene';
import { networkTables, type Column, type ResearchOptions, type Table, type Value } from './network-table.js';

interface Key {
  id: string;
  for: 'node' | 'edge';
  column: Column;
}

function keysOf(kind: 'node' | 'edge', tables: readonly Table[], skip: ReadonlySet<string>): Key[] {
  const keys = new Map<string, Key>();
  for (const table of tables)
    for (const column of table.columns)
      if (!skip.has(column.name) && !keys.has(column.name))
        keys.set(column.name, { id: `${kind === 'node' ? 'n' : 'e'}_${column.name}`, for: kind, column });
  return [...keys.values()];
}

function data(keys: readonly Key[], row: Record<string, Value>, extra: Record<string, Value>): string {
  let out = '';
  for (const key of keys) {
    const value = key.column.name in extra ? extra[key.column.name] : row[key.column.name];
    if (value === undefined || value === '') continue;
    out += `\n      <data key="${key.id}">${escapeXml(String(value))}</data>`;
  }
  return out;
}

/** GraphML text (UTF-8) of the map's network. */
export function exportGraphml(doc: KringDocument, options: ResearchOptions = {}): string {
  const t = networkTables(doc, options);
  const nodeKeys = [
    { id: 'n_kind', for: 'node' as const, column: { name: 'kind', type: 'string' as const } },
    ...keysOf('node', [t.persons, t.organisations], new Set(['id'])),
  ];
  const edgeKeys = [
    { id: 'e_type', for: 'edge' as const, column: { name: 'type', type: 'string' as const } },
    ...keysOf('edge', [t.ties, t.relations], new Set(['id', 'source', 'target', 'relation'])),
  ];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const key of [...nodeKeys, ...edgeKeys])
    lines.push(
      `  <key id="${key.id}" for="${key.for}" attr.name="${key.column.name}" attr.type="${key.column.type}"/>`,
    );
  lines.push('  <graph id="kring" edgedefault="directed">');
  for (const row of t.persons.rows)
    lines.push(`    <node id="${row['id']}">${data(nodeKeys, row, { kind: 'person' })}\n    </node>`);
  for (const row of t.organisations.rows)
    lines.push(`    <node id="${row['id']}">${data(nodeKeys, row, { kind: 'organisation' })}\n    </node>`);
  const edge = (row: Record<string, Value>, type: string) =>
    lines.push(
      `    <edge id="${row['id']}" source="${row['source']}" target="${row['target']}">${data(edgeKeys, row, { type })}\n    </edge>`,
    );
  for (const row of t.ties.rows) edge(row, 'tie');
  for (const row of t.relations.rows) edge(row, String(row['relation']));
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
