import { useRef, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Module } from '../../../shared/model/course';
import { useAppStore } from '../../state/useAppStore';
import { MODULE_DRAG_TYPE } from './boardDragTypes';
import { useFocusWhenRequested } from './useFocusWhenRequested';
import { weekMoveTarget } from './weekMoveTarget';

interface BoardModuleChipProps {
  module: Module;
  /** 1-based position in the course, shown as "Module 2". */
  number: number;
  weekCount: number;
  focusRequested: boolean;
  onFocusDone(): void;
  onMove(week: number): void;
}

/** A module opening in its week: drag it, or press Alt+←/→, to open it another week (its capsules follow). */
export function BoardModuleChip({ module, number, weekCount, focusRequested, onFocusDone, onMove }: BoardModuleChipProps) {
  const { t } = useTranslation();
  const select = useAppStore((state) => state.select);
  const chip = useRef<HTMLButtonElement>(null);

  useFocusWhenRequested(chip, focusRequested, onFocusDone);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const target = weekMoveTarget(event.key, event.altKey, module.week, weekCount);
    if (target === null) return;
    event.preventDefault();
    onMove(target);
  };
  const onDragStart = (event: DragEvent<HTMLButtonElement>) => {
    event.dataTransfer.setData(MODULE_DRAG_TYPE, module.id);
    event.dataTransfer.effectAllowed = 'move';
  };

  return (
    <li>
      <button
        ref={chip}
        type="button"
        className="week__module"
        data-board-item
        draggable
        aria-keyshortcuts="Alt+ArrowLeft Alt+ArrowRight"
        title={t('pacing:moduleMoveHint')}
        data-testid="board-module"
        data-module-id={module.id}
        onKeyDown={onKeyDown}
        onDragStart={onDragStart}
        onClick={() => select({ kind: 'module', id: module.id })}
      >
        <span className="week__module-number">{t('outline:module.label', { number })}</span>
        {module.title}
      </button>
    </li>
  );
}
