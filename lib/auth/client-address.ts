// The address sign-in throttling keys on. The TCP peer (stamped by
// scripts/peer-address.mjs) is the client, unless it is a proxy listed in
// TRUSTED_PROXIES; then X-Forwarded-For is read from the right, skipping trusted
// proxies, and the first untrusted entry is the client. Entries left of it were
// written by the client and are never believed.
import { BlockList, isIP } from 'node:net';

export const PEER_ADDRESS_HEADER = 'x-peer-address';

/** Parses TRUSTED_PROXIES: comma-separated IPv4/IPv6 addresses and CIDR ranges. */
export function trustedProxies(setting: string | undefined): BlockList {
  const list = new BlockList();
  for (const entry of (setting ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
    const [address = '', bits] = entry.split('/');
    const plain = normalise(address);
    const family = isIP(plain);
    if (!family) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(plain, type);
    else {
      const prefix = Number(bits);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32)) throw new Error(`TRUSTED_PROXIES: "${entry}" has a bad prefix length`);
      list.addSubnet(plain, prefix, type);
    }
  }
  return list;
}

/**
 * The client address, or null when the peer address is missing (the server was started
 * without scripts/peer-address.mjs, so no address can be trusted).
 */
export function clientAddressOf(peer: string | null | undefined, forwardedFor: string | null | undefined, trusted: BlockList): string | null {
  if (!peer) return null;
  let address = normalise(peer);
  const hops = (forwardedFor ?? '').split(',').map((part) => normalise(part.trim())).filter(Boolean);
  while (isTrusted(address, trusted) && hops.length) address = hops.pop() ?? address;
  return address.slice(0, 64);
}

function isTrusted(address: string, trusted: BlockList): boolean {
  const family = isIP(address);
  return family !== 0 && trusted.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/** `::ffff:10.0.0.1` (IPv4 on an IPv6 socket) is 10.0.0.1; `[::1]:443` forms are not sent by proxies. */
function normalise(address: string): string {
  const lower = address.toLowerCase();
  return lower.startsWith('::ffff:') && isIP(lower.slice(7)) === 4 ? lower.slice(7) : lower;
}
