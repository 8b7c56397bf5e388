import { useState } from 'react';
import { WeekOptions } from '../pacing/WeekOptions';

interface RowWeekSelectProps {
  id: string;
  label: string;
  week: number;
  weekCount: number;
  tabbable: boolean;
  onChange(week: number): void;
}

/**
 * A capsule row's week menu. Until it is about to be used (focus, or a pointer press where a press
 * does not focus) it holds only the chosen week: every week of every row was a third of the
 * outline's elements at first paint. Its options are made in the event that comes before the menu
 * opens or takes keys, so it works and is announced as any select.
 */
export function RowWeekSelect({ id, label, week, weekCount, tabbable, onChange }: RowWeekSelectProps) {
  const [inUse, setInUse] = useState(false);
  const use = () => setInUse(true);
  return (
    <select
      id={id}
      className="select select--compact tree-row__week"
      tabIndex={tabbable ? 0 : -1}
      aria-label={label}
      value={week}
      onFocus={use}
      onPointerDown={use}
      onClick={(event) => event.stopPropagation()}
      onChange={(event) => onChange(Number(event.target.value))}
    >
      <WeekOptions weekCount={Math.max(weekCount, week)} only={inUse ? undefined : week} />
    </select>
  );
}
