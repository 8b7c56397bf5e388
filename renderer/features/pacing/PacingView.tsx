import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { byPosition } from '../../../shared/model/byPosition';
import { computePacingBoard } from '../../../shared/pacing/computePacingBoard';
import { formatDuration } from '../../i18n/formatDuration';
import { useAfterEachSave } from '../../state/useAfterEachSave';
import { useAppStore, useLatestAppState } from '../../state/useAppStore';
import { announce } from '../../ui/LiveAnnouncer';
import { Icon } from '../../ui/Icon';
import { followBoardFocus, keepOneBoardTabStop, moveBoardFocus } from './boardRovingFocus';
import { describeWeekMove } from './describeWeekMove';
import { WeekColumn } from './WeekColumn';
import './pacing.css';

/** The week-by-week board: course totals, then one column per week; capsules move between weeks by drag and drop or keyboard. */
export function PacingView() {
  const { t } = useTranslation();
  const courseDocument = useAppStore((state) => state.courseDocument);
  const loadCourseDocument = useAppStore((state) => state.loadCourseDocument);
  const refreshCourseDocument = useAppStore((state) => state.refreshCourseDocument);
  const moveCapsuleToWeek = useAppStore((state) => state.moveCapsuleToWeek);
  const moveModuleToWeek = useAppStore((state) => state.moveModuleToWeek);
  const latestState = useLatestAppState();
  const [focusId, setFocusId] = useState<string | null>(null);
  const clearFocusRequest = useCallback(() => setFocusId(null), []);
  const boardList = useRef<HTMLOListElement>(null);
  const lastFocused = useRef<Element | null>(null);
  // After each render: cards come and go (moves, new sessions), the board stays one tab stop.
  useLayoutEffect(() => {
    if (boardList.current) keepOneBoardTabStop(boardList.current, lastFocused.current);
  });

  useEffect(() => {
    void loadCourseDocument();
  }, [loadCourseDocument]);
  useAfterEachSave(() => void refreshCourseDocument());

  const board = useMemo(() => (courseDocument ? computePacingBoard(courseDocument) : null), [courseDocument]);
  const modulePlaces = useMemo(
    () => new Map([...(courseDocument?.modules ?? [])].sort(byPosition).map((module, index) => [module.id, { number: index + 1, week: module.week }])),
    [courseDocument],
  );
  if (!courseDocument || !board) return null;

  const hasFocus = (attribute: string, id: string) => document.activeElement?.closest(`[${attribute}]`)?.getAttribute(attribute) === id;
  const announceMove = (moved: Parameters<typeof describeWeekMove>[1]) => {
    const doc = latestState().courseDocument;
    const said = doc && describeWeekMove(doc, moved, t);
    if (said) announce(said);
  };
  const moveCapsule = async (id: string, week: number | null) => {
    const keepFocus = hasFocus('data-capsule-id', id);
    if (!(await moveCapsuleToWeek(id, week))) return;
    if (keepFocus) setFocusId(id);
    announceMove({ capsuleId: id });
  };
  const moveModule = async (id: string, week: number) => {
    const keepFocus = hasFocus('data-module-id', id);
    if (!(await moveModuleToWeek(id, week))) return;
    if (keepFocus) setFocusId(id);
    announceMove({ moduleId: id });
  };

  return (
    <div className="pacing">
      <header className="pacing__header">
        <h1>{t('pacing:boardTitle')}</h1>
        <p className="pacing__summary" data-testid="pacing-total">
          <Icon name="clock" size={16} />
          {t('pacing:courseTotal', {
            minutes: formatDuration(board.totalMinutes, t),
            budget: formatDuration(board.totalBudgetMinutes, t),
            count: board.weeks.length,
          })}
          {board.overBudgetWeekCount > 0 && (
            <span className="badge badge--warning">
              <Icon name="alert" size={13} />
              {t('pacing:overBudgetWeeks', { count: board.overBudgetWeekCount })}
            </span>
          )}
        </p>
        <p className="pacing__hint">
          {t('pacing:dragHint')} {t('pacing:keyboardHint')}
          {courseDocument.course.startDate && ` ${t('pacing:weekDatesHint')}`}
        </p>
      </header>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- keys and focus bubble up from the board's own buttons (roving tabindex) */}
      <ol
        ref={boardList}
        className="board"
        aria-label={t('pacing:boardLabel')}
        data-testid="pacing-board"
        onKeyDown={moveBoardFocus}
        onFocus={(event) => followBoardFocus(event, (item) => (lastFocused.current = item))}
      >
        {board.weeks.map((week) => (
          <WeekColumn
            key={week.week}
            week={week}
            weekCount={board.weeks.length}
            startDate={courseDocument.course.startDate}
            modulePlaces={modulePlaces}
            focusId={focusId}
            onFocusDone={clearFocusRequest}
            onMoveCapsule={(id, target) => void moveCapsule(id, target)}
            onMoveModule={(id, target) => void moveModule(id, target)}
          />
        ))}
      </ol>
    </div>
  );
}
