import { useTranslation } from 'react-i18next';
import type { ExportOptions } from '../../../shared/export/exportOptions';
import { useAppStore } from '../../state/useAppStore';
import { useReturnFocus } from '../../ui/useReturnFocus';
import { LmsTestDialog } from './LmsTestDialog';

/** "Test as in the LMS" in the export dialog: the packages these options would export, played in the test LMS. */
export function LmsTestAction({ options, disabled }: { options: ExportOptions; disabled: boolean }) {
  const { t } = useTranslation();
  const lmsTest = useAppStore((state) => state.lmsTest);
  const openLmsTest = useAppStore((state) => state.openLmsTest);
  const closeLmsTest = useAppStore((state) => state.closeLmsTest);
  const opener = useReturnFocus(Boolean(lmsTest));
  return (
    <>
      <button ref={opener} type="button" className="button" aria-haspopup="dialog" title={t('lmsTest:actionHint')} disabled={disabled} onClick={() => void openLmsTest(options)} data-testid="lms-test-action">
        {t('lmsTest:action')}
      </button>
      {lmsTest && <LmsTestDialog test={lmsTest.test} options={lmsTest.options} onClose={closeLmsTest} />}
    </>
  );
}
