import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';

interface OutlineSearchProps {
  query: string;
  /** Modules shown for the query, announced to screen readers. */
  resultCount: number;
  onChange(query: string): void;
}

/** Filters the tree by module and capsule title; Escape clears it. */
export function OutlineSearch({ query, resultCount, onChange }: OutlineSearchProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="outline-search" role="search">
      <label className="visually-hidden" htmlFor={id}>
        {t('outline:search.label')}
      </label>
      <Icon name="search" size={16} />
      <input
        id={id}
        type="search"
        className="input outline-search__input"
        placeholder={t('outline:search.placeholder')}
        value={query}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && query) {
            event.preventDefault();
            onChange('');
          }
        }}
      />
      <span className="visually-hidden" role="status" aria-live="polite">
        {query.trim() ? t('outline:search.results', { count: resultCount }) : ''}
      </span>
    </div>
  );
}
