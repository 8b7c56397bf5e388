import { useTranslation } from 'react-i18next';
import { alignmentMatrix, type AlignmentCell, type AlignmentStatus } from '../../../shared/authoring/alignmentMatrix';
import type { ObjectiveData } from '../../state/objectivesSlice';
import { Icon, type IconName } from '../../ui/Icon';

const STATUS_ICON: Record<AlignmentStatus, IconName> = {
  aligned: 'check',
  'not-assessed': 'alert',
  'not-taught': 'alert',
  neither: 'alert',
};

/** Questions and activities that assess the objective in one module. */
const assessedCount = (cell: AlignmentCell): number => cell.questionIds.length + cell.activityIds.length;

/** Objectives × modules: where each is taught (capsules) and assessed (questions); gaps marked by icon and words, not colour alone. */
export function AlignmentMatrix({ data }: { data: ObjectiveData }) {
  const { t } = useTranslation();
  const rows = alignmentMatrix(data);
  const modules = [...data.modules].sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
  const aligned = rows.filter((row) => row.status === 'aligned').length;
  if (rows.length === 0) return <p className="objective-group__empty">{t('objectives:matrixEmpty')}</p>;
  return (
    <div className="matrix">
      <p className="matrix__summary" data-testid="matrix-summary">
        {t('objectives:matrixSummary', { count: aligned, total: rows.length, gaps: rows.length - aligned })}
      </p>
      <p className="matrix__legend">
        <span className="matrix__mark--taught">
          <Icon name="reading" size={14} />
          {t('objectives:legendTaught')}
        </span>
        <span className="matrix__mark--assessed">
          <Icon name="assessment" size={14} />
          {t('objectives:legendAssessed')}
        </span>
      </p>
      <div className="matrix__scroll">
        <table className="matrix__table" data-testid="alignment-matrix">
          <caption className="visually-hidden">{t('objectives:matrix')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('objectives:matrixObjective')}</th>
              {modules.map((module, index) => (
                <th scope="col" key={module.id} title={module.title}>
                  <span className="matrix__module-number">{t('outline:module.label', { number: index + 1 })}</span>
                  <span className="matrix__module-title">{module.title}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.objective.id} className={`matrix__row matrix__row--${row.status}`} data-status={row.status}>
                <th scope="row">
                  <span className="matrix__code">{row.objective.code}</span> {row.objective.text}
                  <span className="matrix__status" data-testid="matrix-status">
                    <Icon name={STATUS_ICON[row.status]} size={14} />
                    {t(`objectives:status.${row.status}`)}
                  </span>
                </th>
                {row.cells.map((cell) => (
                  <td key={cell.moduleId} className="matrix__cell">
                    {cell.capsuleIds.length > 0 && (
                      <span className="matrix__mark matrix__mark--taught" title={t('objectives:taught', { count: cell.capsuleIds.length })}>
                        <Icon name="reading" size={14} />
                        <span aria-hidden="true">{cell.capsuleIds.length}</span>
                        <span className="visually-hidden">{t('objectives:taught', { count: cell.capsuleIds.length })}</span>
                      </span>
                    )}
                    {assessedCount(cell) > 0 && (
                      <span className="matrix__mark matrix__mark--assessed" title={t('objectives:assessed', { count: assessedCount(cell) })}>
                        <Icon name="assessment" size={14} />
                        <span aria-hidden="true">{assessedCount(cell)}</span>
                        <span className="visually-hidden">{t('objectives:assessed', { count: assessedCount(cell) })}</span>
                      </span>
                    )}
                    {cell.capsuleIds.length === 0 && cell.questionIds.length === 0 && (
                      <span className="matrix__none">
                        <span aria-hidden="true">·</span>
                        <span className="visually-hidden">{t('objectives:matrixNothing')}</span>
                      </span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
