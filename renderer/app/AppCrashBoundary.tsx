import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError, toErrorPayload } from '../../shared/api/appError';
import { errorMessage } from '../i18n/errorMessage';

interface State {
  failure: Error | null;
}

function CrashMessage({ failure }: { failure: Error }) {
  const { t } = useTranslation();
  return (
    <main className="crash" role="alert">
      <h1>{t('app:error.title')}</h1>
      <p>{t('app:error.crashed')}</p>
      <pre className="crash__detail">{failure instanceof AppError ? errorMessage(toErrorPayload(failure), t) : failure.message}</pre>
      <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
        {t('app:error.reload')}
      </button>
    </main>
  );
}

/** Last resort when rendering throws: say the work is saved and offer a reload, instead of a blank window. */
export class AppCrashBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failure: null };

  static getDerivedStateFromError(failure: Error): State {
    return { failure };
  }

  override render() {
    return this.state.failure ? <CrashMessage failure={this.state.failure} /> : this.props.children;
  }
}
