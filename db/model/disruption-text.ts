// A scenario's disruptions in words, with the records they name resolved to names: what a
// reader of the report (or anyone but the scenario's author) needs to know it assumes.
// References resolve as the analysis resolves them: an id, else a unique name (any case).
// In db/model so that the core names a scenario's disruptions too (a snapshot diff, a
// merge's changes), as the window and the report do.
import type { Disruption } from './analysis';
import { countryName } from './countries';
import type { Facility, Flow, Material } from './schemas';

export interface RecordNames {
  /** The facility an id or unique name refers to, with its country: "Name (Country)", or "Name (Place, Country)" for a name ending in a bracket. */
  facility(ref: string): string;
  material(ref: string): string;
  /** "the <material> flow from <A> to <B>". */
  flow(id: string): string;
}

/** A lookup of a reference as the analysis resolves it: an id, else a unique name (any case); a name shared by several records finds nothing. */
export function byIdOrName<T extends { id: string; name: string }>(records: readonly T[]): (ref: string) => T | undefined {
  const ids = new Map(records.map((r) => [r.id, r]));
  const names = new Map<string, T | null>();
  for (const r of records) {
    const key = r.name.trim().toLowerCase();
    names.set(key, names.has(key) ? null : r);
  }
  return (ref) => ids.get(ref) ?? names.get(ref.trim().toLowerCase()) ?? undefined;
}

const unknown = (ref: string) => `“${ref}” (not in the workspace)`;

export function recordNames(
  facilities: readonly Pick<Facility, 'id' | 'name' | 'country'>[],
  materials: readonly Pick<Material, 'id' | 'name'>[],
  flows: readonly Pick<Flow, 'id' | 'from_id' | 'to_id' | 'material_id'>[],
): RecordNames {
  const facilityOf = byIdOrName(facilities);
  const materialOf = byIdOrName(materials);
  // Built on the first flow asked for: most scenarios cut none, and a workspace may hold 100,000.
  let flowOf: Map<string, Pick<Flow, 'from_id' | 'to_id' | 'material_id'>> | undefined;
  const facility = (ref: string) => {
    const f = facilityOf(ref);
    if (!f) return unknown(ref);
    const name = f.name.trim();
    // "MP Materials metal line (Fort Worth)" -> "MP Materials metal line (Fort Worth, United States)", not two brackets.
    return name.endsWith(')') ? `${name.slice(0, -1)}, ${countryName(f.country)})` : `${name} (${countryName(f.country)})`;
  };
  const material = (ref: string) => materialOf(ref)?.name ?? unknown(ref);
  return {
    facility,
    material,
    flow: (id) => {
      flowOf ??= new Map(flows.map((f) => [f.id, f]));
      const f = flowOf.get(id);
      return f ? `the ${material(f.material_id)} flow from ${facility(f.from_id)} to ${facility(f.to_id)}` : `flow ${unknown(id)}`;
    },
  };
}

/** "A", "A and B", "A, B and C"; past `max` names, "A, B, C and 4 more <what>". */
export function listText(items: readonly string[], what: string, max = 5): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length > max) return `${items.slice(0, max).join(', ')} and ${items.length - max} more ${what}`;
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** When it applies: "from month 3", "in month 3 only", "from month 3 to month 8". */
export function periodText(d: Pick<Disruption, 'start_month' | 'end_month'>): string {
  if (d.end_month === undefined) return `from month ${d.start_month}`;
  if (d.end_month === d.start_month) return `in month ${d.start_month} only`;
  return `from month ${d.start_month} to month ${d.end_month}`;
}

/** Whole percentages without a decimal (0.07 is 7%, not 7.0%); a sliver is "<0.1%". */
function share(fraction: number): string {
  const whole = Math.abs(fraction * 100 - Math.round(fraction * 100)) < 1e-9;
  if (!whole && fraction < 0.001) return '<0.1%';
  return `${(fraction * 100).toFixed(whole ? 0 : 1)}%`;
}

/** One disruption as a sentence (no final stop). */
export function disruptionText(d: Disruption, names: RecordNames): string {
  const when = periodText(d);
  switch (d.kind) {
    case 'facility':
      return d.fraction === 1 ? `${names.facility(d.id)} stops ${when}` : `${names.facility(d.id)} loses ${share(d.fraction)} of its output ${when}`;
    case 'flow': {
      const flow = names.flow(d.id);
      const subject = flow.charAt(0).toUpperCase() + flow.slice(1);
      return d.fraction === 1 ? `${subject} stops ${when}` : `${subject} loses ${share(d.fraction)} of its volume ${when}`;
    }
    case 'online': {
      const until = d.end_month === undefined ? '' : `, until month ${d.end_month}`;
      return `${names.facility(d.id)} comes online in month ${d.start_month}, at ${share(d.fraction)} of its recorded volumes${until}`;
    }
    case 'country': {
      const what = d.materials?.length ? ` of ${listText(d.materials.map(names.material), 'materials')}` : '';
      const to = [
        ...(d.to_countries?.length ? [listText(d.to_countries.map(countryName), 'countries')] : []),
        ...(d.to_facilities?.length ? [listText(d.to_facilities.map(names.facility), 'facilities')] : []),
      ];
      const whither = to.length ? ` to ${to.join(', and to ')}` : '';
      const amount = d.fraction === 1 ? 'its exports' : `${share(d.fraction)} of its exports`;
      return `${countryName(d.country)} stops ${amount}${what}${whither} ${when}`;
    }
  }
}
