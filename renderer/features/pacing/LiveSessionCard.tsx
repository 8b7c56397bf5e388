import { useTranslation } from 'react-i18next';
import type { LiveSession } from '../../../shared/model/course';
import { formatTimeField } from '../../../shared/i18n/formatDate';
import { LIVE_SESSION_KIND_KEY } from '../../../shared/pacing/liveSessionKindKey';
import { formatDuration } from '../../i18n/formatDuration';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { useAppStore } from '../../state/useAppStore';
import { Icon } from '../../ui/Icon';
import { LIVE_SESSION_DRAG_TYPE } from './boardDragTypes';

/** A live session in its week: kind, day, time and duration; choosing it opens its properties, dragging it moves it to another week. */
export function LiveSessionCard({ session }: { session: LiveSession }) {
  const { t } = useTranslation();
  const [language] = useUiLanguage();
  const selected = useAppStore((state) => state.selection?.id === session.id);
  const select = useAppStore((state) => state.select);
  return (
    <li>
      <button
        type="button"
        className={`board-session${selected ? ' board-session--selected' : ''}`}
        aria-pressed={selected}
        data-testid="board-live-session"
        data-board-item
        draggable
        onDragStart={(event) => {
          event.dataTransfer.setData(LIVE_SESSION_DRAG_TYPE, session.id);
          event.dataTransfer.effectAllowed = 'move';
        }}
        onClick={() => select({ kind: 'live-session', id: session.id })}
      >
        <span className="kind-icon kind-icon--live-session">
          <Icon name="live-session" size={16} />
        </span>
        <span className="board-session__text">
          <span className="board-session__title">{session.title}</span>
          <span className="board-session__meta">
            {t('pacing:sessionSummary', {
              kind: t(`pacing:${LIVE_SESSION_KIND_KEY[session.kind]}`),
              day: session.dayOffset + 1,
              time: formatTimeField(session.startTime, language),
              duration: formatDuration(session.durationMinutes, t),
            })}
            {session.capacity !== null && ` · ${t('pacing:sessionSlots', { capacity: session.capacity })}`}
          </span>
        </span>
      </button>
    </li>
  );
}
