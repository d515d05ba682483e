/**
 * Blueprint-level Mermaid diagrams of a stack, drawn from its recorded edges (`SynthStack.wiring`,
 * constructs/core/wiring.ts), never by hand and never guessed from references: one node per
 * blueprint construct (the second construct-path segment, `refactor-aws/Cache/Resource` → `Cache`),
 * one arrow per pair of blueprints, labelled with the kinds of edge between them (`cache`,
 * `queue, topic`: the dependency side of each `EdgeKind`). Blueprints the change touches are
 * outlined; blueprints it removes are drawn dashed.
 *
 * A scheduler inside a function blueprint is drawn as its own node (`reconciliation schedule`), and
 * a flag deployment's rollback edge at the blueprint that holds its alarms (Monitoring), from the
 * pieces the edge records.
 *
 * The review report draws every edge kind and every blueprint. The README (`npm run docs:diagrams`)
 * leaves out the observability kinds (alarm → alert channel, log source → log search), which link
 * nearly every blueprint to Monitoring and LogSearch, and sums them up in a line of text instead.
 */
import { EdgeKind, WiringEdge, addressOfRef } from '../../constructs/core/wiring';
import { ChangeAction, StackDiff } from './diff';
import { SynthStack, blueprintOf, cmp } from './model';

/** Edge kinds the README summarises in text instead of drawing (they reach nearly every blueprint). */
export const SUMMARISED_KINDS: readonly EdgeKind[] = [EdgeKind.ALARM_ALERT_CHANNEL, EdgeKind.LOG_SOURCE_LOG_SEARCH];

/**
 * Edge kinds whose `to` is a part of the caller itself (the AppConfig environment of the flags),
 * drawn instead at the blueprints of the pieces they record under these names followed by an index
 * (`alarm0`, `alert1`: the rollback alarms, which Monitoring holds).
 */
const PIECE_ENDS: Partial<Record<string, RegExp>> = { [EdgeKind.FLAG_DEPLOYMENT_ROLLBACK]: /^(alarm|alert)\d+$/ };

/**
 * Edge kinds whose caller is a part of the callee (an EventBridge schedule or timer trigger inside
 * the function blueprint): the caller is drawn as its own node, `<blueprint> schedule`.
 */
const INNER_CALLERS: Partial<Record<string, string>> = { [EdgeKind.SCHEDULER_FUNCTION]: 'schedule' };

/** How a diagram is drawn. */
export interface DiagramOptions {
  /** Show each blueprint's resource count and types in its node. @default true */
  readonly resourceDetails?: boolean;
  /** Edge kinds not drawn. @default - none */
  readonly omitKinds?: readonly string[];
  /** Draw only blueprints that have a drawn edge. @default false */
  readonly connectedOnly?: boolean;
}

function nodeId(name: string): string {
  return `bp_${name.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

function label(s: string): string {
  return s.replace(/["<>|]/g, '');
}

/** The arrow label of an edge kind: its dependency side (`app->cache` → `cache`). */
export function kindLabel(kind: string): string {
  const i = kind.indexOf('->');
  return i >= 0 ? kind.slice(i + 2) : kind;
}

/**
 * The blueprint an edge end belongs to: a construct path's blueprint, or, for an end recorded as a
 * Terraform reference (`${aws_sqs_queue.Messaging_Q_1234.arn}`), the blueprint of that resource.
 * Ends outside the stack (a log group name, a resource id) are `external`.
 */
function endOf(stack: SynthStack, p: string): string {
  // `<path>#timer`: a part of a construct with no construct of its own (an Azure timer trigger).
  if (p.startsWith(`${stack.id}/`)) return blueprintOf(p.split('#')[0]);
  const address = addressOfRef(p);
  const r = address ? stack.resources.find((x) => x.address === address) : undefined;
  return r ? blueprintOf(r.path) : 'external';
}

/** The blueprint pairs of a stack's edges, each with the sorted labels of the kinds between them. */
export function blueprintEdges(stack: SynthStack, omitKinds: readonly string[] = []): Array<{ from: string; to: string; labels: string[] }> {
  const pairs = new Map<string, Set<string>>();
  for (const e of stack.wiring) {
    if (omitKinds.includes(e.kind)) continue;
    let from = endOf(stack, e.from);
    const pieceEnd = PIECE_ENDS[e.kind];
    const fromPieces = pieceEnd ? Object.keys(e.pieces ?? {}).filter((k) => pieceEnd.test(k)).map((k) => endOf(stack, e.pieces![k])) : [];
    const tos = fromPieces.length > 0 ? [...new Set(fromPieces)] : [endOf(stack, e.to)];
    const inner = INNER_CALLERS[e.kind];
    if (inner && tos.length === 1 && tos[0] === from) from = `${from} ${inner}`;
    for (const to of tos) {
      if (from === to) continue;
      const k = `${from}\u0000${to}`;
      const set = pairs.get(k) ?? new Set<string>();
      set.add(kindLabel(e.kind));
      pairs.set(k, set);
    }
  }
  return [...pairs.entries()]
    .map(([k, set]) => {
      const [from, to] = k.split('\u0000');
      return { from, to, labels: [...set].sort(cmp) };
    })
    .sort((a, b) => cmp(a.from, b.from) || cmp(a.to, b.to));
}

/** One line per summarised kind: how many blueprints (or sources) reach which blueprint. */
export function summariseKinds(stack: SynthStack, kinds: readonly string[] = SUMMARISED_KINDS): string[] {
  const out: string[] = [];
  for (const kind of kinds) {
    const edges = stack.wiring.filter((e: WiringEdge) => e.kind === kind);
    if (edges.length === 0) continue;
    const targets = [...new Set(edges.map((e) => endOf(stack, e.to)))].sort(cmp);
    const sources = [...new Set(edges.map((e) => endOf(stack, e.from)))].sort(cmp);
    out.push(`\`${kind}\`: ${edges.length} edge${edges.length === 1 ? '' : 's'} from ${sources.length} blueprint${sources.length === 1 ? '' : 's'} (${sources.join(', ')}) to ${targets.join(', ')}.`);
  }
  return out;
}

/** The diagram of a stack; blueprints with changes (from `diff`) are highlighted. */
export function stackDiagram(stack: SynthStack, diff?: StackDiff, options: DiagramOptions = {}): string {
  const details = options.resourceDetails ?? true;
  const groups = new Map<string, { count: number; types: Set<string> }>();
  for (const r of stack.resources) {
    if (r.mode !== 'resource') continue;
    const g = blueprintOf(r.path);
    const e = groups.get(g) ?? { count: 0, types: new Set<string>() };
    e.count++;
    e.types.add(r.type.replace(/^(aws|azurerm)_/, ''));
    groups.set(g, e);
  }
  const edges = blueprintEdges(stack, options.omitKinds);
  const connected = new Set(edges.flatMap((e) => [e.from, e.to]));
  const names = new Set([...(options.connectedOnly ? [] : groups.keys()), ...connected]);
  const changed = new Set((diff?.changes ?? []).map((c) => blueprintOf(c.path)));
  const lines = ['flowchart LR'];
  for (const name of [...names].sort(cmp)) {
    const g = groups.get(name);
    if (!details || !g) {
      lines.push(`  ${nodeId(name)}["${label(name)}"]`);
      continue;
    }
    const kinds = [...g.types].sort(cmp);
    const shown = kinds.slice(0, 3).join(', ') + (kinds.length > 3 ? ', …' : '');
    lines.push(`  ${nodeId(name)}["${label(name)}<br/>${g.count} resource${g.count === 1 ? '' : 's'}: ${label(shown)}"]`);
  }
  // Blueprints the change removes entirely: drawn dashed, so the diagram shows what goes away.
  const removed = [...new Set((diff?.changes ?? []).filter((c) => c.action === ChangeAction.DESTROY).map((c) => blueprintOf(c.path)))].filter((g) => !names.has(g)).sort(cmp);
  for (const name of removed) lines.push(`  ${nodeId(name)}["${label(name)} (removed)"]`);
  for (const e of edges) lines.push(`  ${nodeId(e.from)} -->|${label(e.labels.join(', '))}| ${nodeId(e.to)}`);
  const changedNodes = [...names].filter((g) => changed.has(g)).sort(cmp);
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
