import { useRef, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardCapsule } from '../../../shared/pacing/computePacingBoard';
import { formatDuration } from '../../i18n/formatDuration';
import { useAppStore } from '../../state/useAppStore';
import { Icon } from '../../ui/Icon';
import { CapsuleKindIcon } from '../outline/CapsuleKindIcon';
import { CapsuleMinutesField } from '../outline/CapsuleMinutesField';
import { CAPSULE_DRAG_TYPE } from './boardDragTypes';
import { WeekOptions } from './WeekOptions';
import { OpenCommentsMarker } from '../review/OpenCommentsMarker';
import { useFocusWhenRequested } from './useFocusWhenRequested';
import { weekMoveTarget } from './weekMoveTarget';

interface BoardCapsuleCardProps {
  capsule: BoardCapsule;
  /** Week its module opens in (where "back to its module's week" puts it). */
  homeWeek: number;
  weekCount: number;
  /** Take the focus once rendered (after a move, the card reappears in another column). */
  focusRequested: boolean;
  onFocusDone(): void;
  onMove(week: number | null): void;
}

/** A capsule on the board: drag it to another week, or move it with Alt+←/→ or the week select. */
export function BoardCapsuleCard({ capsule, homeWeek, weekCount, focusRequested, onFocusDone, onMove }: BoardCapsuleCardProps) {
  const { t } = useTranslation();
  const selected = useAppStore((state) => state.selection?.id === capsule.id);
  const select = useAppStore((state) => state.select);
  const handle = useRef<HTMLButtonElement>(null);
  const titleId = `board-capsule-${capsule.id}`;

  useFocusWhenRequested(handle, focusRequested, onFocusDone);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const target = weekMoveTarget(event.key, event.altKey, capsule.week, weekCount);
    if (target === null) return;
    event.preventDefault();
    onMove(target);
  };

  const onDragStart = (event: DragEvent<HTMLLIElement>) => {
    event.dataTransfer.setData(CAPSULE_DRAG_TYPE, capsule.id);
    event.dataTransfer.effectAllowed = 'move';
  };

  return (
    <li
      className={`board-card${selected ? ' board-card--selected' : ''}`}
      draggable
      data-testid="board-capsule"
      data-board-card
      data-capsule-id={capsule.id}
      onDragStart={onDragStart}
    >
      {/* The card's handle: choosing it opens the capsule, Alt+←/→ moves it; it covers the card so a click anywhere chooses it. */}
      <button
        ref={handle}
        type="button"
        className="board-card__main"
        data-board-item
        aria-pressed={selected}
        aria-labelledby={`${titleId} ${titleId}-minutes`}
        aria-keyshortcuts="Alt+ArrowLeft Alt+ArrowRight"
        onKeyDown={onKeyDown}
        onClick={() => select({ kind: 'capsule', id: capsule.id })}
      >
        <CapsuleKindIcon kind={capsule.kind} />
        <span className="board-card__title" id={titleId} dir="auto">
          {capsule.title}
        </span>
        <OpenCommentsMarker capsuleId={capsule.id} />
      </button>
      <div className="board-card__footer">
        <span className="visually-hidden" id={`${titleId}-minutes`}>
          {formatDuration(capsule.minutes, t)}
        </span>
        <CapsuleMinutesField capsuleId={capsule.id} title={capsule.title} minutes={capsule.minutes} />
        <select
          className="select select--compact"
          aria-label={t('pacing:moveCapsuleLabel', { title: capsule.title })}
          value={capsule.week}
          onChange={(event) => onMove(Number(event.target.value))}
        >
          <WeekOptions weekCount={weekCount} />
        </select>
      </div>
      {capsule.moved && (
        <div className="board-card__moved-row">
          <span className="board-card__moved">{t('pacing:movedFromModule', { week: homeWeek })}</span>
          <button
            type="button"
            className="icon-button"
            aria-label={t('pacing:resetWeek')}
            title={t('pacing:resetWeek')}
            onClick={() => onMove(null)}
          >
            <Icon name="close" size={14} />
          </button>
        </div>
      )}
    </li>
  );
}
