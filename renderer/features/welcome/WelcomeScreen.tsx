import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useAppStore } from '../../state/useAppStore';
import { Icon } from '../../ui/Icon';
import { ImportCard } from './ImportCard';
import { KnownProjects } from './KnownProjects';
import { NewCourseForm } from './NewCourseForm';
import './welcome.css';

/** No project open: start a course, reopen one, or explore the sample. */
export function WelcomeScreen() {
  const { t } = useTranslation();
  const openSampleProject = useAppStore((state) => state.openSampleProject);
  return (
    <div className="welcome">
      <header className="welcome__header">
        <div className="welcome__brand">
          <span className="brand-mark" aria-hidden="true">
            S
          </span>
          <h1>{t('common:appName')}</h1>
        </div>
        <LanguageSwitch />
      </header>
      <main className="welcome__main">
        <p className="welcome__tagline">{t('welcome:tagline')}</p>
        <div className="welcome__columns">
          <NewCourseForm />
          <div className="welcome__side">
            <KnownProjects />
            <ImportCard />
            <section className="card welcome__card welcome__sample" aria-labelledby="sample-heading">
              <div className="welcome__sample-icon" aria-hidden="true">
                <Icon name="sparkle" size={22} />
              </div>
              <div className="welcome__sample-text">
                <h2 id="sample-heading">{t('welcome:sample.title')}</h2>
                <p>{t('welcome:sample.description')}</p>
              </div>
              <button type="button" className="button" onClick={() => void openSampleProject()}>
                {t('welcome:sample.open')}
              </button>
            </section>
          </div>
        </div>
      </main>
    </div>
  );
}
