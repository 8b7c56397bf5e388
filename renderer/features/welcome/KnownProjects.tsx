import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/useAppStore';
import { Icon } from '../../ui/Icon';
import { formatInstantDay } from '../../../shared/i18n/formatDate';
import type { UiLanguage } from '../../i18n/chooseLanguage';

/** Recent and workspace projects; on the desktop also the system's open dialog. */
export function KnownProjects() {
  const { t, i18n } = useTranslation();
  const projects = useAppStore((state) => state.knownProjects);
  const isDesktop = useAppStore((state) => state.session?.mode === 'desktop');
  const openProject = useAppStore((state) => state.openProject);
  const modifiedLabel = (modifiedAt: string) => {
    const date = formatInstantDay(modifiedAt, i18n.language as UiLanguage);
    return date === null ? null : t('welcome:open.modified', { date });
  };

  return (
    <section className="card welcome__card" aria-labelledby="open-heading">
      <div className="welcome__card-head">
        <h2 id="open-heading">{t('welcome:open.title')}</h2>
        {isDesktop && (
          <button type="button" className="button button--small" onClick={() => void openProject()}>
            <Icon name="folder" size={16} />
            {t('welcome:open.browse')}
          </button>
        )}
      </div>
      <h3 className="welcome__subheading">{t('welcome:open.recent')}</h3>
      {projects.length === 0 ? (
        <p className="welcome__empty">{t('welcome:open.none')}</p>
      ) : (
        <ul className="project-list">
          {projects.map((project) => (
            <li key={project.path}>
              <button type="button" className="project-list__item" title={project.title} onClick={() => void openProject(project.path)}>
                <Icon name="file" />
                <span className="project-list__text">
                  <span className="project-list__title">{project.title}</span>
                  <span className="project-list__meta">{modifiedLabel(project.modifiedAt)}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
