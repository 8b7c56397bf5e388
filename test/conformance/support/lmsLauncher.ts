/**
 * The LMS side of the harness: a page that loads scorm-again (the independent SCORM runtime),
 * installs a fresh Scorm12API / Scorm2004API as window.API / window.API_1484_11, optionally
 * loaded with the CMI saved by a previous session and initialized with what the manifest says
 * (mastery score, completion threshold, scaled passing score), and opens the SCO in an iframe, as
 * an LMS player page does. Options reproduce real LMS layouts and troubles:
 * - sameApiObject: Moodle's 2004 player keeps one API object per page, so a SCO opened after
 *   another (Next, menu) meets a terminated API and its Initialize fails with 104;
 * - popup: the SCO opens in a popup window, inside a frame, the API staying in the opener;
 * - validRequests: the 2004 navigation requests a sequencing LMS would accept now;
 * - window.lmsRefuseCommits(true|false): Commit returns false (391 / 101) until told otherwise.
 * window.lmsErrorLog keeps every GetValue / SetValue the runtime answered with an error code.
 */
export const LAUNCHER_PATH = '/lms/launcher.html';
export const SCORM_AGAIN_PATH = '/lms/scorm-again.js';
export const POPUP_PATH = '/lms/popup.html';

/** How the LMS opens the SCO. */
export interface LaunchOptions {
  sameApiObject?: boolean;
  popup?: boolean;
  /** 2004 navigation requests the LMS's sequencing accepts (adl.nav.request_valid.*). */
  validRequests?: Array<'continue' | 'previous' | 'exitAll'>;
  /** Elements whose GetValue fails with a general error (101 in 1.2, 301 in 2004), as an LMS whose stored data is unreadable. */
  failedReads?: string[];
}

export const POPUP_HTML = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS popup</title><link rel="icon" href="data:,">
<style>body{margin:0}iframe{border:0;width:100vw;height:100vh;display:block}</style></head>
<body><iframe id="sco" title="SCO"></iframe>
<script>document.getElementById('sco').src = new URLSearchParams(location.search).get('sco');</script></body></html>`;

export const LAUNCHER_HTML = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title><link rel="icon" href="data:,">
<script src="${SCORM_AGAIN_PATH}"></script>
<style>body{margin:0}iframe{border:0;width:100vw;height:100vh;display:block}</style></head>
<body><iframe id="sco" title="SCO"></iframe>
<script>
  window.lmsLaunch = function (version, scoUrl, saved, fromManifest, options) {
    if (options.sameApiObject && window.lmsApi) {
      document.getElementById('sco').src = scoUrl;
      return;
    }
    delete window.API;
    delete window.API_1484_11;
    // A strict LMS: the manifest's mastery score decides 1.2 passed/failed from score.raw.
    var settings = { autocommit: false, logLevel: 4, mastery_override: true };
    var api = version === '1.2' ? new window.Scorm12API(settings) : new window.Scorm2004API(settings);
    // What an LMS tells the SCO about the attempt: a new one, or the resumption of a suspended one.
    var resumed = saved && (version === '1.2' ? saved.cmi.core.exit : saved.cmi.exit) === 'suspend';
    var entry = resumed ? 'resume' : 'ab-initio';
    var data = saved ? JSON.parse(JSON.stringify(saved)) : { cmi: version === '1.2' ? { core: {} } : {} };
    if (version === '1.2') data.cmi.core.entry = entry; else data.cmi.entry = entry;
    if (version === '1.2') data.cmi.core.credit = 'credit';
    // What an LMS initializes from the manifest (RTE 4.2.4, 4.2.22; 1.2 student_data).
    if (fromManifest.masteryScore) { data.cmi.student_data = data.cmi.student_data || {}; data.cmi.student_data.mastery_score = fromManifest.masteryScore; }
    if (fromManifest.completionThreshold) data.cmi.completion_threshold = fromManifest.completionThreshold;
    if (fromManifest.scaledPassingScore) data.cmi.scaled_passing_score = fromManifest.scaledPassingScore;
    api.loadFromJSON(data);
    if (version === '1.2') window.API = api; else window.API_1484_11 = api;
    window.lmsApi = api;
    (options.validRequests || []).forEach(function (request) { api.adl.nav.request_valid['_' + request] = 'true'; });
    // Every value the SCO sent and whether the LMS accepted it, in order (cleared at each new API).
    window.lmsSetLog = [];
    ['SetValue', 'LMSSetValue'].forEach(function (name) {
      var set = api[name];
      if (typeof set !== 'function') return;
      api[name] = function (element, value) {
        var result = set.apply(api, arguments);
        window.lmsSetLog.push([element, value, result]);
        return result;
      };
    });
    // Every call the LMS answered with an error (its own log, as a strict LMS keeps it): call, element, code.
    window.lmsErrorLog = [];
    ['GetValue', 'LMSGetValue', 'SetValue', 'LMSSetValue'].forEach(function (name) {
      var call = api[name];
      if (typeof call !== 'function') return;
      api[name] = function (element) {
        // scorm-again keeps the previous call's code after a successful GetValue: each call starts clean, as RTE 3.1.7 says.
        api.lastErrorCode = '0';
        var result = call.apply(api, arguments);
        var code = String(api.lastErrorCode);
        if (code !== '0') window.lmsErrorLog.push([name, element, code]);
        return result;
      };
    });
    var failedReads = options.failedReads || [];
    ['GetValue', 'LMSGetValue'].forEach(function (name) {
      var get = api[name];
      if (typeof get !== 'function') return;
      api[name] = function (element) {
        if (failedReads.indexOf(element) < 0) return get.apply(api, arguments);
        api.throwSCORMError('api', name === 'GetValue' ? '301' : '101', 'Unreadable in the test LMS', 1);
        return '';
      };
    });
    // Moodle re-sends the whole data model at each commit: its size, what the last commit held,
    // and how many SetValue calls it covered.
    window.lmsCommits = { sizes: [], last: null, setCount: 0 };
    var refused = { 'Commit': '391', 'LMSCommit': '101' };
    Object.keys(refused).forEach(function (name) {
      var commit = api[name];
      if (typeof commit !== 'function') return;
      api[name] = function () {
        if (window.lmsRefusing) {
          api.throwSCORMError('api', refused[name], 'Commit refused by the test LMS', 1);
          return 'false';
        }
        var result = commit.apply(api, arguments);
        var cmi = api.renderCMIToJSONObject();
        window.lmsCommits.sizes.push(JSON.stringify(cmi).length);
        window.lmsCommits.last = cmi;
        window.lmsCommits.setCount = window.lmsSetLog.length;
        return result;
      };
    });
    if (options.popup) window.lmsPopup = window.open('${POPUP_PATH}?sco=' + encodeURIComponent(scoUrl), 'sco', 'width=1024,height=768');
    else document.getElementById('sco').src = scoUrl;
  };
  window.lmsRefusing = false;
  window.lmsRefuseCommits = function (refuse) { window.lmsRefusing = refuse; };
  window.lmsClose = function () {
    if (window.lmsPopup) { window.lmsPopup.close(); window.lmsPopup = null; }
    else document.getElementById('sco').src = 'about:blank';
  };
  window.lmsState = function () {
    return {
      initialized: window.lmsApi.isInitialized(),
      terminated: window.lmsApi.isTerminated(),
      cmi: window.lmsApi.renderCMIToJSONObject(),
    };
  };
</script></body></html>`;
