import { LodestoneError } from '../errors';
import { materialFields, type Material, type MaterialFields } from '../model/schemas';
import { readThenWrite, writeBatch, type Tx } from '../store/changes';
import type { Workspace } from '../workspace';
import { checkRevision, emptyDeleteResult, fieldError, parseOrThrow, plural, quoted, requireNewId, requireRecord } from './common';
import { removeAttached } from './attached';

export function listMaterials(ws: Workspace): Material[] {
  return ws.all('materials', 'name COLLATE NOCASE');
}

export function findMaterialByName(ws: Workspace, name: string): Material | undefined {
  const row = ws.prepare('SELECT id FROM materials WHERE name = ? COLLATE NOCASE').get(name.trim()) as { id: string } | undefined;
  return row ? ws.get('materials', row.id) : undefined;
}

function requireUniqueName(ws: Workspace, name: string, selfId?: string): void {
  const existing = findMaterialByName(ws, name);
  if (existing && existing.id !== selfId) throw fieldError('name', `A material named ${quoted(existing.name)} already exists`);
}

export function insertMaterial(ws: Workspace, tx: Tx, fields: MaterialFields & { id?: string }): Material {
  const id = requireNewId(ws, 'materials', fields.id);
  requireUniqueName(ws, fields.name);
  return tx.insert('materials', { ...fields, id });
}

export function createMaterial(ws: Workspace, input: MaterialFields & { id?: string }): Material {
  return writeBatch(ws, { label: `Create material ${quoted(input.name)}` }, (tx) => insertMaterial(ws, tx, input));
}

export function updateMaterial(
  ws: Workspace,
  input: { id: string; revision?: number; changes: Partial<MaterialFields> },
): Material {
  return readThenWrite(ws, () => {
    const current = requireRecord(ws, 'materials', input.id);
    checkRevision('materials', current, input.revision);
    const fields = parseOrThrow(materialFields, { ...current, ...input.changes });
    requireUniqueName(ws, fields.name, current.id);
    return writeBatch(ws, { label: `Edit material ${quoted(fields.name)}` }, (tx) => tx.update('materials', current, fields));
  });
}

export function deleteMaterial(ws: Workspace, id: string) {
  return readThenWrite(ws, () => {
    const material = requireRecord(ws, 'materials', id);
    const flows = (ws.prepare('SELECT count(*) AS n FROM flows WHERE material_id = ?').get(id) as { n: number }).n;
    const facilities = (ws.prepare('SELECT count(*) AS n FROM facilities WHERE capacity_material_id = ?').get(id) as { n: number }).n;
    if (flows + facilities > 0) {
      const uses = [flows ? plural(flows, 'flow') : '', facilities ? `the capacity of ${plural(facilities, 'facility')}` : '']
        .filter(Boolean)
        .join(' and ');
      throw new LodestoneError('constraint', `Material ${quoted(material.name)} is used by ${uses}; change those first`);
    }
    return writeBatch(ws, { label: `Delete material ${quoted(material.name)}` }, (tx) => {
      const result = emptyDeleteResult();
      result.deleted.source_links = removeAttached(ws, tx, 'material', id);
      tx.remove('materials', material);
      result.deleted.materials = 1;
      return result;
    });
  });
}
