import ipaddr from 'ipaddr.js';
import { lookup } from 'node:dns/promises';

/** Resolves a host name to every address it has (what the operating system's resolver would connect to). */
export type Resolver = (host: string) => Promise<{ address: string; family: 4 | 6 }[]>;

export const systemResolver: Resolver = async (host) => (await lookup(host, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

/**
 * Hosts an installation lets URL imports reach although they are not public (BOUNDARY_IMPORT_ALLOW_HOSTS): host
 * names (exact), IP addresses and CIDR ranges.
 */
export class AllowList {
  private readonly names = new Set<string>();
  private readonly ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][] = [];

  constructor(entries: readonly string[] = []) {
    for (const raw of entries) {
      const entry = raw
        .trim()
        .toLowerCase()
        .replace(/^\[(.*)\]$/, '$1');
      if (!entry) continue;
      if (ipaddr.isValidCIDR(entry)) this.ranges.push(normaliseRange(ipaddr.parseCIDR(entry)));
      else if (ipaddr.isValid(entry)) {
        const address = ipaddr.process(entry);
        this.ranges.push([address, address.kind() === 'ipv4' ? 32 : 128]);
      } else this.names.add(entry);
    }
  }

  hasName(host: string): boolean {
    return this.names.has(host.toLowerCase());
  }

  hasAddress(address: ipaddr.IPv4 | ipaddr.IPv6): boolean {
    return this.ranges.some(([base, bits]) => base.kind() === address.kind() && address.match(base, bits));
  }
}

function normaliseRange([address, bits]: [ipaddr.IPv4 | ipaddr.IPv6, number]): [ipaddr.IPv4 | ipaddr.IPv6, number] {
  // ::ffff:10.0.0.0/104 is 10.0.0.0/8: addresses are compared after the same unwrapping.
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress() && bits >= 96) return [(address as ipaddr.IPv6).toIPv4Address(), bits - 96];
  return [address, bits];
}

/**
 * Whether an address is on the public internet. ipaddr.js names every special-purpose range (loopback, private,
 * linkLocal, uniqueLocal, carrierGradeNat, multicast, unspecified, broadcast, reserved, 6to4/teredo/NAT64 that
 * can wrap a private IPv4 address, …); only plain `unicast` is public. IPv4-mapped IPv6 (::ffff:127.0.0.1) is
 * judged as the IPv4 address it carries.
 */
export function isPublicAddress(address: ipaddr.IPv4 | ipaddr.IPv6): boolean {
  return address.range() === 'unicast';
}

/**
 * The address to connect to for `host`, or null when the host is refused: every address it resolves to must be
 * public (a name that also resolves to 127.0.0.1 is refused: the attacker chooses which one a retry would reach),
 * unless the host or the address is on the allow-list. The caller connects to this very address, so a second
 * DNS answer (rebinding) cannot swap in another.
 */
export async function checkedAddress(host: string, allow: AllowList, resolve: Resolver): Promise<{ address: string; family: 4 | 6 } | null> {
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  let answers: { address: string; family: 4 | 6 }[];
  if (ipaddr.isValid(bare)) answers = [{ address: bare, family: ipaddr.parse(bare).kind() === 'ipv6' ? 6 : 4 }];
  else {
    try {
      answers = await resolve(bare);
    } catch {
      return null;
    }
  }
  const [first] = answers;
  if (!first) return null;
  const byName = allow.hasName(bare);
  for (const answer of answers) {
    if (!ipaddr.isValid(answer.address)) return null;
    const address = ipaddr.process(answer.address);
    if (!byName && !isPublicAddress(address) && !allow.hasAddress(address)) return null;
  }
  return first;
}
