// Where a country's export ban reaches. The engine cuts only flows that leave the country
// for the destinations named (db/analysis/disruptions.ts), so a ban "to" two primes that buy
// nothing from it directly cuts nothing. These say so, and name the primes' suppliers that
// import from the country: added as destinations, the ban reaches the primes through them.
// Only operating facilities and flows are looked at, as a run counts them by default.
import type { Facility, Flow } from '../../../../db/model/schemas';

type Place = Pick<Facility, 'id' | 'name' | 'country' | 'status'>;
type Ends = Pick<Flow, 'from_id' | 'to_id' | 'material_id' | 'status'>;

/** The operating flows between operating facilities, and who supplies whom: built once per load of the records. */
export interface CountedChain {
  flows: Ends[];
  place: Map<string, Place>;
  /** Facility id -> the ids of its suppliers. */
  suppliersOf: Map<string, string[]>;
}

export function countedChain(flows: readonly Ends[], facilities: readonly Place[]): CountedChain {
  const place = new Map(facilities.filter((f) => f.status === 'operating').map((f) => [f.id, f]));
  const counted = flows.filter((f) => f.status === 'operating' && place.has(f.from_id) && place.has(f.to_id));
  const suppliersOf = new Map<string, string[]>();
  for (const f of counted) {
    const list = suppliersOf.get(f.to_id);
    if (list) list.push(f.from_id);
    else suppliersOf.set(f.to_id, [f.from_id]);
  }
  return { flows: counted, place, suppliersOf };
}

/** The flows a ban cuts: leaving `country`, of one of `materials` (any when empty), to one of `destinations`. */
function exportsTo(chain: CountedChain, country: string, materials: readonly string[], destinations: ReadonlySet<string>): Ends[] {
  const of = new Set(materials);
  return chain.flows.filter(
    (f) =>
      destinations.has(f.to_id) &&
      chain.place.get(f.from_id)!.country === country &&
      chain.place.get(f.to_id)!.country !== country &&
      (of.size === 0 || of.has(f.material_id)),
  );
}

/** How many flows leave `country` for one of `destinations`, of one of `materials` (any when empty). */
export function directExports(chain: CountedChain, country: string, materials: readonly string[], destinations: readonly string[]): number {
  return exportsTo(chain, country, materials, new Set(destinations)).length;
}

/**
 * Ids of the facilities upstream of `targets` (their suppliers, and theirs, ...) that import
 * from `country` (of `materials`, any when empty), by name; not the targets themselves.
 */
export function importingSuppliers(chain: CountedChain, targets: readonly string[], country: string, materials: readonly string[]): string[] {
  const upstream = new Set(targets);
  const queue = [...targets];
  while (queue.length) {
    for (const from of chain.suppliersOf.get(queue.pop()!) ?? []) {
      if (upstream.has(from)) continue;
      upstream.add(from);
      queue.push(from);
    }
  }
  for (const t of targets) upstream.delete(t);
  const importers = new Set(exportsTo(chain, country, materials, upstream).map((f) => f.to_id));
  return [...importers]
    .map((id) => chain.place.get(id)!)
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    .map((f) => f.id);
}
