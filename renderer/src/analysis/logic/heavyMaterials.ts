// The materials a heavy rare-earth export ban stops: every one that carries a heavy rare
// earth (its elements list one), sorted by name.
import { HEAVY_RARE_EARTHS } from '../../../../db/model/elements';
import type { Material } from '../../../../db/model/schemas';

const HEAVY = new Set(HEAVY_RARE_EARTHS);

/** Ids of the materials whose elements include a heavy rare earth, by name. */
export function heavyRareEarthMaterials(materials: readonly Pick<Material, 'id' | 'name' | 'elements'>[]): string[] {
  return materials
    .filter((m) => m.elements.some((e) => HEAVY.has(e)))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    .map((m) => m.id);
}

/** `picked` with the heavy ones added after it, none twice. */
export function withHeavy(picked: readonly string[], heavy: readonly string[]): string[] {
  const have = new Set(picked);
  return [...picked, ...heavy.filter((id) => !have.has(id))];
}
