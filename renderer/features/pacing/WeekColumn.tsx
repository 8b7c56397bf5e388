import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardWeek } from '../../../shared/pacing/computePacingBoard';
import { formatCalendarDate } from '../../../shared/i18n/formatDate';
import { formatDuration } from '../../i18n/formatDuration';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { useAppStore } from '../../state/useAppStore';
import { Icon } from '../../ui/Icon';
import { BoardCapsuleCard } from './BoardCapsuleCard';
import { BoardModuleChip } from './BoardModuleChip';
import { BOARD_DRAG_TYPES, CAPSULE_DRAG_TYPE, LIVE_SESSION_DRAG_TYPE, MODULE_DRAG_TYPE } from './boardDragTypes';
import { LiveSessionCard } from './LiveSessionCard';
import { nominalWeekDates } from './nominalWeekDates';
import { WorkloadBar } from './WorkloadBar';

interface WeekColumnProps {
  week: BoardWeek;
  weekCount: number;
  startDate: string | null;
  /** Module number (1-based, course order) and week of each module. */
  modulePlaces: ReadonlyMap<string, { number: number; week: number }>;
  /** A capsule or module card to focus once rendered (after a move it reappears in another column). */
  focusId: string | null;
  onFocusDone(): void;
  onMoveCapsule(id: string, week: number | null): void;
  onMoveModule(id: string, week: number): void;
}

/** One week of the board: its heading and dates, workload, modules opening, capsules and live sessions; a drop target for capsules, modules and live sessions. */
export function WeekColumn({ week, weekCount, startDate, modulePlaces, focusId, onFocusDone, onMoveCapsule, onMoveModule }: WeekColumnProps) {
  const { t } = useTranslation();
  const [language] = useUiLanguage();
  const selected = useAppStore((state) => state.selection?.kind === 'week' && state.selection.id === String(week.week));
  const select = useAppStore((state) => state.select);
  const addLiveSession = useAppStore((state) => state.addLiveSession);
  const updateLiveSession = useAppStore((state) => state.updateLiveSession);
  const [dropping, setDropping] = useState(false);
  const heading = useRef<HTMLButtonElement>(null);
  const headingId = `board-week-${week.week}`;
  const dates = nominalWeekDates(startDate, week.week, week.plan.dueDayOffset);

  useEffect(() => {
    if (!selected) return;
    heading.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    if (!heading.current?.closest('.board')?.contains(document.activeElement)) heading.current?.focus();
  }, [selected]);

  const carriesCard = (event: DragEvent) => BOARD_DRAG_TYPES.some((type) => event.dataTransfer.types.includes(type));
  const onDragOver = (event: DragEvent<HTMLElement>) => {
    if (!carriesCard(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setDropping(true);
  };
  const onDragLeave = (event: DragEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropping(false);
  };
  const onDrop = (event: DragEvent<HTMLElement>) => {
    setDropping(false);
    const capsuleId = event.dataTransfer.getData(CAPSULE_DRAG_TYPE);
    const moduleId = event.dataTransfer.getData(MODULE_DRAG_TYPE);
    const sessionId = event.dataTransfer.getData(LIVE_SESSION_DRAG_TYPE);
    if (!capsuleId && !moduleId && !sessionId) return;
    event.preventDefault();
    if (sessionId && !week.liveSessions.some((session) => session.id === sessionId)) void updateLiveSession(sessionId, { week: week.week });
    if (capsuleId && !week.capsules.some((capsule) => capsule.id === capsuleId)) onMoveCapsule(capsuleId, week.week);
    if (moduleId && !week.modules.some((module) => module.id === moduleId)) onMoveModule(moduleId, week.week);
  };

  const addSession = async () => {
    const id = await addLiveSession(week.week, 'virtual-class');
    if (id) select({ kind: 'live-session', id });
  };

  return (
    <li
      className={`week${selected ? ' week--selected' : ''}${dropping ? ' week--dropping' : ''}`}
      aria-labelledby={headingId}
      data-testid="board-week"
      data-week={week.week}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      <header className="week__header">
        <button ref={heading} type="button" className="week__heading" data-board-item aria-pressed={selected} onClick={() => select({ kind: 'week', id: String(week.week) })}>
          <span className="week__number" id={headingId}>
            {t('pacing:weekHeading', { week: week.week })}
          </span>
          <span className={`week__theme${week.plan.theme ? '' : ' week__theme--empty'}`}>{week.plan.theme || t('pacing:weekThemePlaceholder')}</span>
        </button>
        {dates && (
          <p className="week__dates">
            <span>{t('pacing:weekOpensOn', { date: formatCalendarDate(dates.opensOn, language, 'short') })}</span>
            <span>{t('pacing:weekDueOn', { date: formatCalendarDate(dates.dueOn, language, 'short') })}</span>
          </p>
        )}
        <WorkloadBar week={week} />
        {week.tutorMinutes > 0 && (
          <p className={`week__tutor${week.plan.tutorMinutes !== null ? ' week__tutor--own' : ''}`} data-testid="week-tutor">
            {t('pacing:weekTutorChip', { duration: formatDuration(week.tutorMinutes, t) })}
          </p>
        )}
      </header>
      {week.modules.length > 0 && (
        <div className="week__modules">
          <p className="week__label">{t('pacing:moduleOpens')}</p>
          <ul className="week__module-list">
            {week.modules.map((module) => (
              <BoardModuleChip
                key={module.id}
                module={module}
                number={modulePlaces.get(module.id)?.number ?? 0}
                weekCount={weekCount}
                focusRequested={focusId === module.id}
                onFocusDone={onFocusDone}
                onMove={(target) => onMoveModule(module.id, target)}
              />
            ))}
          </ul>
        </div>
      )}
      {week.capsules.length > 0 ? (
        <ul className="week__cards" aria-label={t('outline:props.capsules')}>
          {week.capsules.map((capsule) => (
            <BoardCapsuleCard
              key={capsule.id}
              capsule={capsule}
              homeWeek={modulePlaces.get(capsule.moduleId)?.week ?? capsule.week}
              weekCount={weekCount}
              focusRequested={focusId === capsule.id}
              onFocusDone={onFocusDone}
              onMove={(target) => onMoveCapsule(capsule.id, target)}
            />
          ))}
        </ul>
      ) : (
        week.liveSessions.length === 0 && <p className="week__empty">{t('pacing:emptyWeek')}</p>
      )}
      {week.liveSessions.length > 0 && (
        <div className="week__sessions">
          <p className="week__label">{t('pacing:liveSessions')}</p>
          <ul className="week__session-list">
            {week.liveSessions.map((session) => (
              <LiveSessionCard key={session.id} session={session} />
            ))}
          </ul>
        </div>
      )}
      <button type="button" className="button button--ghost button--small week__add" data-board-item aria-describedby={headingId} onClick={() => void addSession()}>
        <Icon name="plus" size={14} />
        {t('pacing:addLiveSession')}
      </button>
    </li>
  );
}
