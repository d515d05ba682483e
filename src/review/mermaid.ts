/**
 * A blueprint-level Mermaid diagram of a stack: one node per blueprint construct (the second
 * construct-path segment, `refactor-aws/Cache/Resource` → `Cache`), an edge wherever a resource of
 * one blueprint references a resource of another (`${aws_x.Y.attr}`). Blueprints the change touches
 * are outlined; blueprints it removes are drawn dashed.
 */
import { ChangeAction, StackDiff } from './diff';
import { SynthStack, blueprintOf } from './model';

const REF = /\$\{[^}]*?\b((?:data\.)?[a-z0-9]+_[a-z0-9_]+\.[A-Za-z0-9_-]+)\.[a-z0-9_]+/g;

function nodeId(name: string): string {
  return `bp_${name.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

function label(s: string): string {
  return s.replace(/["<>]/g, '');
}

/** The diagram of a stack; blueprints with changes (from `diff`) are highlighted. */
export function stackDiagram(stack: SynthStack, diff?: StackDiff): string {
  const groups = new Map<string, { count: number; types: Set<string> }>();
  const groupOf = new Map<string, string>();
  for (const r of stack.resources) {
    const g = blueprintOf(r.path);
    groupOf.set(r.address, g);
    if (r.mode !== 'resource') continue;
    const e = groups.get(g) ?? { count: 0, types: new Set<string>() };
    e.count++;
    e.types.add(r.type.replace(/^(aws|azurerm)_/, ''));
    groups.set(g, e);
  }
  const edges = new Set<string>();
  for (const r of stack.resources) {
    if (r.mode !== 'resource') continue;
    const from = groupOf.get(r.address)!;
    const text = JSON.stringify(r.config);
    for (const m of text.matchAll(REF)) {
      const to = groupOf.get(m[1]);
      if (to && to !== from && groups.has(to)) edges.add(`${from}\u0000${to}`);
    }
  }
  const changed = new Set((diff?.changes ?? []).map((c) => blueprintOf(c.path)));
  const lines = ['flowchart LR'];
  for (const name of [...groups.keys()].sort()) {
    const g = groups.get(name)!;
    const kinds = [...g.types].sort();
    const shown = kinds.slice(0, 3).join(', ') + (kinds.length > 3 ? ', …' : '');
    lines.push(`  ${nodeId(name)}["${label(name)}<br/>${g.count} resource${g.count === 1 ? '' : 's'}: ${label(shown)}"]`);
  }
  // Blueprints the change removes entirely: drawn dashed, so the diagram shows what goes away.
  const removed = [...new Set((diff?.changes ?? []).filter((c) => c.action === ChangeAction.DESTROY).map((c) => blueprintOf(c.path)))].filter((g) => !groups.has(g)).sort();
  for (const name of removed) lines.push(`  ${nodeId(name)}["${label(name)} (removed)"]`);
  for (const e of [...edges].sort()) {
    const [from, to] = e.split('\u0000');
    lines.push(`  ${nodeId(from)} --> ${nodeId(to)}`);
  }
  const changedNodes = [...groups.keys()].filter((g) => changed.has(g)).sort();
  if (changedNodes.length > 0) {
    lines.push('  classDef changed stroke:#d97706,stroke-width:3px');
    lines.push(`  class ${changedNodes.map(nodeId).join(',')} changed`);
  }
  if (removed.length > 0) {
    lines.push('  classDef removed stroke:#dc2626,stroke-dasharray:5 5');
    lines.push(`  class ${removed.map(nodeId).join(',')} removed`);
  }
  return lines.join('\n');
}
