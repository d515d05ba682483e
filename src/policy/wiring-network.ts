/**
 * The network half of the wiring check: whether the dependency's security group or NSG admits the
 * consumer on the edge's port (used by BP-ALL-WIRE-1 and by the Azure principal bootstrap check).
 */
import { WiringEdge, addressOfRef } from '../../constructs/core/wiring';
import { SynthResource, SynthStack } from '../review/model';
import { blocks } from './helpers';
import { byAddress, nsgPortCovers, portIn, references } from './wiring-read';

/** AWS: the security groups a dependency resource carries, read from its own arguments. */
export function dependencySecurityGroups(dep: SynthResource): string[] {
  const raw = [dep.config.security_group_ids, dep.config.vpc_security_group_ids].flat().filter((x) => x !== undefined);
  return raw.map((x) => addressOfRef(String(x))).filter((x): x is string => x !== undefined);
}

export function awsNetwork(stack: SynthStack, e: WiringEdge): string | undefined {
  const pieces = e.pieces ?? {};
  const dep = byAddress(stack, addressOfRef(pieces.resource));
  if (!dep) return `the dependency ${pieces.resource ?? '(none)'} is not in the stack`;
  const groups = dependencySecurityGroups(dep);
  const consumerSg = addressOfRef(pieces.consumerSecurityGroup);
  if (!consumerSg) return 'the consumer has no security group (it does not run in the VPC)';
  const port = e.port as number;
  const ok = stack.resources.some((r) => {
    if (r.type === 'aws_vpc_security_group_ingress_rule') {
      return groups.some((g) => references(r.config.security_group_id, g)) && references(r.config.referenced_security_group_id, consumerSg) && ['tcp', '6', '-1'].includes(String(r.config.ip_protocol)) && (String(r.config.ip_protocol) === '-1' || portIn(port, r.config.from_port, r.config.to_port));
    }
    if (r.type === 'aws_security_group' && groups.includes(r.address)) {
      return blocks(r.config.ingress).some((b) => JSON.stringify(b.security_groups ?? []).includes(`${consumerSg}.`) && portIn(port, b.from_port, b.to_port));
    }
    return false;
  });
  return ok ? undefined : `no ingress rule on ${groups.join(', ') || "the dependency's security group"} from ${consumerSg} on tcp/${port}`;
}

/** Azure: the subnet a dependency is reached in: its private endpoint's, or its delegated subnet. Undefined = public endpoint. */
export function azureDependencySubnet(stack: SynthStack, e: WiringEdge): { subnet?: string; public: boolean; problem?: string } {
  const pieces = e.pieces ?? {};
  const targets = [addressOfRef(pieces.resource), addressOfRef(pieces.namespace)].filter((x): x is string => x !== undefined);
  const dep = byAddress(stack, targets[0]);
  // A queue or topic is reached through its namespace, read from its own namespace_id.
  if (dep?.type === 'azurerm_servicebus_queue' || dep?.type === 'azurerm_servicebus_topic') {
    const ns = addressOfRef(String(dep.config.namespace_id));
    if (ns && !targets.includes(ns)) targets.push(ns);
  }
  if (dep?.type === 'azurerm_postgresql_flexible_server') return { subnet: addressOfRef(String(dep.config.delegated_subnet_id)), public: false };
  const pe = stack.resources.find((r) => r.type === 'azurerm_private_endpoint' && blocks(r.config.private_service_connection).some((c) => targets.some((t) => references(c.private_connection_resource_id, t))));
  if (pe) return { subnet: addressOfRef(String(pe.config.subnet_id)), public: false };
  const holder = targets.map((t) => byAddress(stack, t)).find((r) => r !== undefined);
  const publicAccess = holder ? holder.config.public_network_access_enabled !== false && holder.config.public_network_access !== 'Disabled' : false;
  return publicAccess ? { public: true } : { public: false, problem: 'the dependency has neither a private endpoint nor public network access' };
}

export function azureNetwork(stack: SynthStack, e: WiringEdge): string | undefined {
  const where = azureDependencySubnet(stack, e);
  if (where.problem) return where.problem;
  if (where.public) return undefined; // TLS to the public endpoint, Entra ID only; no NSG on the path.
  const consumerSubnet = byAddress(stack, addressOfRef(e.pieces?.consumerSubnet));
  if (!consumerSubnet) return 'the consumer has no subnet (no VNet integration) and the dependency is private';
  const prefixes = [consumerSubnet.config.address_prefixes].flat().map(String);
  const assoc = stack.resources.find((r) => r.type === 'azurerm_subnet_network_security_group_association' && references(r.config.subnet_id, where.subnet));
  const nsg = byAddress(stack, addressOfRef(String(assoc?.config.network_security_group_id)));
  if (!nsg) return `no NSG on ${where.subnet}`;
  const port = e.port as number;
  const ok = blocks(nsg.config.security_rule).some((rule) => {
    if (rule.direction !== 'Inbound' || rule.access !== 'Allow') return false;
    const sources = [rule.source_address_prefix, ...[rule.source_address_prefixes ?? []].flat()].filter((x) => x !== undefined).map(String);
    const ports = [rule.destination_port_range, ...[rule.destination_port_ranges ?? []].flat()].filter((x) => x !== undefined);
    return sources.some((s) => prefixes.includes(s)) && ports.some((p) => nsgPortCovers(p, port));
  });
  return ok ? undefined : `${nsg.address} has no inbound allow from ${prefixes.join(', ')} on ${port}`;
}

