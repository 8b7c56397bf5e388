import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LmsTest } from '../../../shared/api/lmsTestCalls';
import type { ExportOptions } from '../../../shared/export/exportOptions';
import { suspendDataLimit } from '../../../shared/export/suspendDataCodec';
import { lmsAnnouncements } from '../../../shared/lmsTest/lmsAnnouncements';
import { emptyLmsRecord, reduceLmsRecord, type LmsRecord } from '../../../shared/lmsTest/lmsRecord';
import { lmsTestReport } from '../../../shared/lmsTest/lmsTestReport';
import { LMS_TEST_CHANNEL, LmsPageMessageSchema, type LmsLaunchMessage, type LmsTestMode } from '../../../shared/lmsTest/lmsTestProtocol';
import { lmsTestOrigin } from '../../api/lmsTestOrigin';
import { useAppStore } from '../../state/useAppStore';
import { Icon } from '../../ui/Icon';
import { LmsOverview } from './LmsOverview';
import { LmsRecordPanel } from './LmsRecordPanel';
import './lmsTest.css';

/**
 * "Test as in the LMS": the learner view (the test LMS page, which frames the SCO) beside a live
 * panel of what the LMS records, with the LMS's SCO menu, a Moodle-like mode, relaunch and the report.
 */
export function LmsTestDialog({ test, options, onClose }: { test: LmsTest; options: ExportOptions; onClose: () => void }) {
  const { t } = useTranslation();
  const ids = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const saveReport = useAppStore((state) => state.saveLmsTestReport);
  const courseTitle = useAppStore((state) => state.outline?.course.title) ?? '';
  const recordRef = useRef<LmsRecord>(emptyLmsRecord);
  const [record, setRecord] = useState<LmsRecord>(emptyLmsRecord);
  const [unreadable, setUnreadable] = useState<string | null>(null);
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [chosenKey, setChosenKey] = useState<string | null>(null);
  const [mode, setMode] = useState<LmsTestMode>('standard');
  const [announcement, setAnnouncement] = useState('');
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const origin = lmsTestOrigin();
  const modeRef = useRef(mode);
  modeRef.current = mode;

  const launch = useCallback(
    (key: string, newPage: boolean) => {
      const message: LmsLaunchMessage = { channel: LMS_TEST_CHANNEL, type: 'launch', key, mode: modeRef.current, newPage };
      frame.current?.contentWindow?.postMessage(message, origin);
      setOpenKey(key);
      setChosenKey(key);
    },
    [origin],
  );

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.current?.contentWindow || event.origin !== origin) return;
      const parsed = LmsPageMessageSchema.safeParse(event.data);
      if (!parsed.success) return;
      const message = parsed.data;
      if (message.type === 'unreadable') return setUnreadable(message.message);
      const before = recordRef.current;
      const after = reduceLmsRecord(before, message);
      recordRef.current = after;
      setRecord(after);
      const said = lmsAnnouncements(before, after, message).map((item) => t(`lmsTest:${item.key}`, item.params));
      // The same sentence twice in a row must be read twice: change the text.
      if (said.length > 0) setAnnouncement((current) => (current === said.join(' ') ? `${said.join(' ')}\u00a0` : said.join(' ')));
      if (message.type === 'ready' && message.scos[0]) launch(message.scos[0].key, true);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [origin, launch, t]);

  const version = record.version;
  const limit = suspendDataLimit(options.version);
  const open = record.scos.find((sco) => sco.sco.key === openKey) ?? null;
  const multiSco = record.scos.length > 1;
  const modeLabel = t(`lmsTest:mode.${mode}`);
  const subtitle = t('lmsTest:subtitle', { version: t(`export:version.${options.version}`), mode: t(`export:mode.${options.mode}`) });

  const onSaveReport = async () => {
    const markdown = lmsTestReport(
      record,
      {
        course: courseTitle,
        packages: test.packages.map((item) => item.fileName),
        versionLabel: t(`export:version.${options.version}`),
        packagingLabel: t(`export:mode.${options.mode}`),
        behaviourLabel: modeLabel,
        suspendDataLimit: limit,
        date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      },
      (key, params) => t(`lmsTest:${key}`, params),
    );
    const file = await saveReport(markdown);
    if (file) setSavedAs(file.fileName);
  };

  return (
    <dialog ref={dialog} className="dialog dialog--large lms-test" aria-labelledby={`${ids}-title`} aria-describedby={`${ids}-subtitle`} onClose={onClose} data-testid="lms-test-dialog">
      <div className="dialog__header">
        <div>
          <h2 id={`${ids}-title`}>{t('lmsTest:title')}</h2>
          <p id={`${ids}-subtitle`} className="dialog__note">
            {subtitle}
          </p>
        </div>
        <div className="lms-test__actions">
          <button type="button" className="button button--small" title={t('lmsTest:relaunchHint')} disabled={!openKey} onClick={() => openKey && launch(openKey, true)}>
            {t('lmsTest:relaunch')}
          </button>
          <button type="button" className="button button--small button--primary" disabled={!version} onClick={() => void onSaveReport()}>
            {t('lmsTest:saveReport')}
          </button>
          <button type="button" className="button button--small" onClick={() => dialog.current?.close()}>
            <Icon name="close" size={16} />
            {t('lmsTest:close')}
          </button>
        </div>
      </div>
      {multiSco && (
        <div className="lms-test__toolbar">
          <div className="lms-test__sco-menu">
            <label htmlFor={`${ids}-sco`}>{t('lmsTest:scoMenu')}</label>
            <select id={`${ids}-sco`} value={chosenKey ?? ''} onChange={(event) => setChosenKey(event.target.value)}>
              {record.scos.map((sco, index) => (
                <option key={sco.sco.key} value={sco.sco.key}>
                  {t('lmsTest:scoOption', { index: index + 1, title: sco.sco.title })}
                </option>
              ))}
            </select>
            <button type="button" className="button button--small" title={t('lmsTest:openHint')} disabled={!chosenKey} onClick={() => chosenKey && launch(chosenKey, false)}>
              {t('lmsTest:open')}
            </button>
          </div>
          <fieldset className="lms-test__mode">
            <legend>{t('lmsTest:lmsBehaviour')}</legend>
            {(['standard', 'moodle'] as const).map((value) => (
              <label key={value}>
                <input type="radio" name={`${ids}-mode`} value={value} checked={mode === value} onChange={() => setMode(value)} />
                {t(`lmsTest:mode.${value}`)}
              </label>
            ))}
          </fieldset>
        </div>
      )}
      {/* Across packages (one Moodle activity each) nothing is shared: the hint would mislead. */}
      {multiSco && mode === 'moodle' && options.mode !== 'module-packages' && <p className="dialog__note lms-test__mode-hint">{t('lmsTest:mode.moodle.hint')}</p>}
      <div className="lms-test__status" role="status" aria-live="polite" aria-atomic="true" data-testid="lms-test-announcer">
        {savedAs ? t('lmsTest:reportSaved', { fileName: savedAs }) : ''}
        <span className="visually-hidden">{announcement}</span>
      </div>
      <div className="lms-test__body">
        <section className="lms-test__learner" aria-label={t('lmsTest:learnerViewRegion')}>
          {unreadable ? (
            <p className="lms-test__unreadable" role="alert">
              {t('lmsTest:unreadable', { message: unreadable })}
            </p>
          ) : (
            !version && <p className="lms-test__preparing">{t('lmsTest:preparing')}</p>
          )}
          {/* An origin of its own (lmsTestOrigin): the SCO shares it with the test LMS page, never with the app. Forms: the player's quiz. */}
          <iframe
            ref={frame}
            className="lms-test__frame"
            title={t('lmsTest:learnerView', { sco: open?.sco.title ?? '' })}
            sandbox="allow-scripts allow-same-origin allow-forms"
            src={`${origin}/${test.path}`}
            data-testid="lms-test-frame"
          />
        </section>
        {/* A scrolling region keyboard users must reach to scroll it (axe scrollable-region-focusable). */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
        <section className="lms-test__panel" aria-labelledby={`${ids}-panel`} tabIndex={0}>
          <h2 id={`${ids}-panel`} className="lms-test__panel-title">
            {t('lmsTest:panelTitle')}
          </h2>
          {multiSco && <LmsOverview scos={record.scos} openKey={openKey} />}
          {open && version ? <LmsRecordPanel record={open} version={version} limit={limit} /> : <p className="lms-record__empty">{t('lmsTest:preparing')}</p>}
        </section>
      </div>
    </dialog>
  );
}
