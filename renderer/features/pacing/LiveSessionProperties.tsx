import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { courseWeekCount } from '../../../shared/pacing/computePacingBoard';
import type { SelectionPanelProps } from '../../app/selectionPanels';
import { useAppStore } from '../../state/useAppStore';
import { CommittedNumberField } from '../../ui/CommittedNumberField';
import { CommittedTextField } from '../../ui/CommittedTextField';
import { Icon } from '../../ui/Icon';
import { TimeField } from '../../ui/TimeField';
import { LiveSessionKindSelect } from './LiveSessionKindSelect';
import { WEEK_DAY_OFFSETS } from './weekDayOffsets';
import { WeekOptions } from './WeekOptions';

/** The selected live session: every field saved as soon as it is changed or left, and delete. */
export function LiveSessionProperties({ id }: SelectionPanelProps) {
  const { t } = useTranslation();
  const courseDocument = useAppStore((state) => state.courseDocument);
  const updateLiveSession = useAppStore((state) => state.updateLiveSession);
  const deleteLiveSession = useAppStore((state) => state.deleteLiveSession);
  const fieldId = useId();
  const session = courseDocument?.liveSessions.find((candidate) => candidate.id === id);
  if (!courseDocument || !session) return null;
  const weekCount = courseWeekCount(courseDocument);
  const update = (patch: Parameters<typeof updateLiveSession>[1]) => void updateLiveSession(session.id, patch);
  const field = (name: string) => `${fieldId}-${name}`;

  return (
    <section className="props pacing-props" aria-labelledby={field('heading')} data-testid="live-session-properties">
      <p className="props__kind">
        <span className="kind-icon kind-icon--live-session">
          <Icon name="live-session" size={16} />
        </span>
        {t('pacing:propsLiveSession')}
      </p>
      <h2 className="props__title" id={field('heading')}>
        {session.title}
      </h2>
      <div className="field">
        <label className="field__label" htmlFor={field('title')}>
          {t('pacing:sessionTitle')}
        </label>
        <CommittedTextField id={field('title')} value={session.title} required maxLength={500} onCommit={(title) => update({ title })} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={field('kind')}>
          {t('pacing:sessionKind')}
        </label>
        <LiveSessionKindSelect id={field('kind')} value={session.kind} onChange={(kind) => update({ kind })} />
      </div>
      <div className="props__pair">
        <div className="field">
          <label className="field__label" htmlFor={field('week')}>
            {t('pacing:sessionWeek')}
          </label>
          <select id={field('week')} className="select" value={session.week} onChange={(event) => update({ week: Number(event.target.value) })}>
            <WeekOptions weekCount={weekCount} />
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={field('day')}>
            {t('pacing:sessionDay')}
          </label>
          <select id={field('day')} className="select" value={session.dayOffset} onChange={(event) => update({ dayOffset: Number(event.target.value) })}>
            {WEEK_DAY_OFFSETS.map((offset) => (
              <option key={offset} value={offset}>
                {t('pacing:dayOption', { day: offset + 1 })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="props__pair">
        <div className="field">
          <label className="field__label" htmlFor={field('start')}>
            {t('pacing:sessionStart')}
          </label>
          <TimeField id={field('start')} required value={session.startTime} onCommit={(startTime) => startTime && update({ startTime })} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={field('duration')}>
            {t('pacing:sessionDuration')}
          </label>
          <CommittedNumberField id={field('duration')} value={session.durationMinutes} min={1} max={1_440} onCommit={(durationMinutes) => update({ durationMinutes })} />
        </div>
      </div>
      <fieldset className="field props__fieldset">
        <legend className="field__label">{t('pacing:sessionCapacity')}</legend>
        <label className="checkbox">
          <input type="checkbox" checked={session.capacity === null} onChange={(event) => update({ capacity: event.target.checked ? null : 1 })} />
          {t('pacing:sessionCapacityWholeCohort')}
        </label>
        {session.capacity !== null && (
          <>
            <label className="visually-hidden" htmlFor={field('capacity')}>
              {t('pacing:sessionCapacity')}
            </label>
            <CommittedNumberField id={field('capacity')} value={session.capacity} min={1} max={10_000} onCommit={(capacity) => update({ capacity })} />
          </>
        )}
      </fieldset>
      <div className="field">
        <label className="field__label" htmlFor={field('notes')}>
          {t('pacing:sessionNotes')}
        </label>
        <CommittedTextField id={field('notes')} multiline value={session.notes} maxLength={100_000} onCommit={(notes) => update({ notes })} />
      </div>
      <button type="button" className="button button--danger" onClick={() => void deleteLiveSession(session.id)}>
        <Icon name="trash" size={16} />
        {t('pacing:deleteLiveSession')}
      </button>
    </section>
  );
}
