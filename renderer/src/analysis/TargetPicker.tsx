// The facilities the analyses are for: every OEM unless some are picked.
import { useId } from 'react';
import type { PickOption } from '../logic/options';
import { ChipPicker } from './ChipPicker';

interface Props {
  picked: readonly string[];
  onChange: (ids: string[]) => void;
  options: readonly PickOption[];
  nameOf: (id: string) => string | undefined;
  oemCount: number;
}

export function TargetPicker({ picked, onChange, options, nameOf, oemCount }: Props) {
  const id = useId();
  return (
    <div className="target-picker">
      <label className="analysis-control-label" htmlFor={`${id}-add`}>
        For
      </label>
      <ChipPicker
        id={`${id}-add`}
        label="Target facilities"
        values={picked}
        onChange={onChange}
        options={options}
        emptyChip={`All OEMs (${oemCount})`}
        placeholder="Add a facility…"
        nameOf={(value) => nameOf(value) ?? value}
      />
      {picked.length ? (
        <button type="button" className="button button-small button-quiet" onClick={() => onChange([])}>
          All OEMs
        </button>
      ) : null}
    </div>
  );
}
