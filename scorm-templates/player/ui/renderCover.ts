import { courseMinutes } from '../../../shared/authoring/outlineMinutes';
import type { PlayerData } from '../../../shared/export/playerData';
import { el } from './createElement';
import type { MessageKey, Translate } from './translate';

/** "1 h 05", "45 min": the SCO's time as the learner plans it. */
function formatDuration(minutes: number, t: Translate): string {
  const rounded = Math.round(minutes);
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  if (hours === 0) return t('durationMinutes', { minutes: rest });
  return rest === 0 ? t('durationHours', { hours }) : t('durationHoursMinutes', { hours, minutes: String(rest).padStart(2, '0') });
}

/**
 * The opening of the first screen: the client's logo, the course title, how long it takes and what
 * the learner will be able to do (the objectives of the SCO's scope: a module's own in a module SCO).
 * Not a screen of its own, so the LMS's launch and resume land on a capsule as they always did.
 */
export function renderCover(data: PlayerData, t: Translate): HTMLElement {
  const plural = new Intl.PluralRules(data.language);
  const counted = (key: 'coverModules' | 'coverCapsules', count: number) => t(`${key}_${plural.select(count) === 'one' ? 'one' : 'other'}` as MessageKey, { count });
  const capsules = data.modules.flatMap((module) => module.capsules);
  // The outline's rule, so the cover and the app's outline say the same minute.
  const minutes = courseMinutes(data.modules);
  const courseLevel = data.objectives.filter((objective) => objective.moduleId === null);
  const moduleLevel = data.modules.length === 1 ? data.objectives.filter((objective) => objective.moduleId === data.modules[0]!.id) : [];
  const objectives = moduleLevel.length > 0 ? moduleLevel : courseLevel;
  return el(
    'section',
    { class: 'spoc-cover', 'aria-label': t('coverLabel') },
    // The top bar's logo already names the client: this larger one is decoration.
    data.logo ? el('img', { class: 'spoc-cover-logo', src: data.logo.src, alt: '' }) : null,
    el('p', { class: 'spoc-cover-title', dir: 'auto' }, data.sco.title),
    data.sco.title !== data.course.title ? el('p', { class: 'spoc-cover-course', dir: 'auto' }, data.course.title) : null,
    el(
      'p',
      { class: 'spoc-cover-facts' },
      el('span', {}, t('coverDuration', { duration: formatDuration(minutes, t) })),
      el('span', {}, counted('coverModules', data.modules.length)),
      el('span', {}, counted('coverCapsules', capsules.length)),
    ),
    objectives.length > 0
      ? el('div', { class: 'spoc-cover-objectives' }, el('h2', {}, t('coverObjectives')), el('ul', {}, ...objectives.map((objective) => el('li', { dir: 'auto' }, objective.text))))
      : null,
  );
}
