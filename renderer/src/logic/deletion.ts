// What the delete confirmation says (what goes with the record, how to undo) and the
// notice after it.
import { plural } from './format';
import { TYPE_LABELS, type EditableType } from './forms';
import type { Deleted } from './ops';
import type { Indexes } from './rows';

export interface DeleteQuestion {
  title: string;
  message: string;
}

/** `undoKeys`: the undo shortcut as written on this platform ("Ctrl+Z", "⌘Z"). */
export function deleteQuestion(type: EditableType, id: string, name: string, indexes: Indexes, undoKeys: string): DeleteQuestion {
  const canUndo = `You can undo this with ${undoKeys}.`;
  switch (type) {
    case 'facility': {
      const flows = indexes.flowCountByFacility.get(id) ?? 0;
      return {
        title: flows ? `Delete facility ${name} and its ${plural(flows, 'flow')}?` : `Delete facility ${name}?`,
        message: `${flows ? 'Its flows and source links go with it' : 'Its source links go with it'}. ${canUndo}`,
      };
    }
    case 'source': {
      const links = indexes.linkCountBySource.get(id) ?? 0;
      return { title: links ? `Delete source ${name} and its ${plural(links, 'link')}?` : `Delete source ${name}?`, message: canUndo };
    }
    case 'material': {
      const flows = indexes.flowCountByMaterial.get(id) ?? 0;
      const facilities = indexes.facilityCountByMaterial.get(id) ?? 0;
      const uses = [flows ? plural(flows, 'flow') : '', facilities ? plural(facilities, 'facility', 'facilities') : ''].filter(Boolean);
      return {
        title: `Delete material ${name}?`,
        message: uses.length
          ? `It is in use by ${uses.join(' and ')}; the workspace refuses to delete a material while records use it.`
          : canUndo,
      };
    }
    case 'flow':
      return { title: `Delete ${TYPE_LABELS.flow.one} ${name}?`, message: canUndo };
  }
}

export function deletedNotice(type: EditableType, name: string, deleted: Deleted): string {
  const extra =
    type === 'facility' && deleted.flows
      ? ` and ${plural(deleted.flows, 'flow')}`
      : type === 'source' && deleted.source_links
        ? ` and ${plural(deleted.source_links, 'link')}`
        : '';
  return `Deleted ${TYPE_LABELS[type].one} ${name}${extra}`;
}
