// Lets a page outside the tables (the Snapshots page) choose records in a table, ready for
// the bulk editor: the window provides it with its navigation.
import { createContext, useContext } from 'react';

export type ChooseRecords = (type: 'facility' | 'flow', ids: readonly string[]) => void;

export const ChooseRecordsContext = createContext<ChooseRecords | null>(null);

export function useChooseRecords(): ChooseRecords | null {
  return useContext(ChooseRecordsContext);
}
