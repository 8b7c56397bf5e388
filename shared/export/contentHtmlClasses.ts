/**
 * Class names of the capsule HTML the export renders (PlayerCapsule.html), agreed with the player,
 * whose player.css styles them. The HTML shape of each block is written beside its class.
 * Plain ProseMirror nodes (paragraph, heading, lists, blockquote, code, table) keep their own tags
 * and carry no class.
 */
export const CONTENT_CLASS = {
  /** `<figure class="spoc-image"><img alt src><figcaption class="spoc-caption">` */
  image: 'spoc-image',
  caption: 'spoc-caption',
  /** `<figure class="spoc-video"><video controls preload="metadata" src><track kind="captions" srclang label default></video>`
   * then `<details class="spoc-transcript"><summary>…</summary><div class="spoc-transcript-text"><p>…` */
  video: 'spoc-video',
  /** `<figure class="spoc-audio"><audio controls preload="metadata" src></audio>` then the same transcript details */
  audio: 'spoc-audio',
  transcript: 'spoc-transcript',
  transcriptText: 'spoc-transcript-text',
  /** `<p class="spoc-resource"><a class="spoc-resource-link" href download="name.ext">label</a> <span class="spoc-resource-meta">PDF · 1.2 MB</span></p>` */
  resource: 'spoc-resource',
  resourceLink: 'spoc-resource-link',
  resourceMeta: 'spoc-resource-meta',
  /** `<aside class="spoc-callout spoc-callout--info|key|warning" role="note" aria-label="…">content</aside>` */
  callout: 'spoc-callout',
  /** `<section class="spoc-key-points" aria-label="…"><h2 class="spoc-block-title">…</h2>content</section>` */
  keyPoints: 'spoc-key-points',
  /** `<section class="spoc-activity spoc-activity--offline|synchronous" aria-label="…"><h2 class="spoc-block-title">…</h2>content</section>` */
  activity: 'spoc-activity',
  blockTitle: 'spoc-block-title',
  /** Where a video script stands while its video is not in the capsule: `<figure class="spoc-video-placeholder" role="note"><p>…</p></figure>`.
   * A capsule with a video renders its scripts as nothing; their narration is the video's transcript when it has none. */
  videoPlaceholder: 'spoc-video-placeholder',
  /** Review pack only (learners never see scripts): `<table class="spoc-video-script"><thead><tr><th scope="col">Narration</th><th scope="col">On screen</th></tr></thead><tbody><tr><td>…</td><td>…</td></tr>` */
  videoScript: 'spoc-video-script',
  /** Wraps every `<table>` from the table extension: `<div class="spoc-table-wrap"><table>…` (scrolls on narrow screens). */
  tableWrap: 'spoc-table-wrap',
  /** `<div class="spoc-accordion">` then per panel `<h3 class="spoc-panel-title"><button aria-expanded aria-controls>title</button></h3><div class="spoc-panel" role="region" hidden>…` */
  accordion: 'spoc-accordion',
  /** `<div class="spoc-tabs"><div role="tablist"><button role="tab" aria-selected aria-controls tabindex>…</div><div class="spoc-panel" role="tabpanel" hidden>…` */
  tabs: 'spoc-tabs',
  panel: 'spoc-panel',
  panelTitle: 'spoc-panel-title',
  /** `<div class="spoc-flashcards" role="group" aria-label data-spoc-back="Verso : "><ul><li class="spoc-card"><button class="spoc-card-front" aria-expanded aria-controls><span class="spoc-card-title">…</span><span class="spoc-card-hint" data-side="front|back">…</span></button><div class="spoc-panel" role="region" hidden>…</div></li></ul><p class="spoc-sr-only" role="status"></p></div>` */
  flashcards: 'spoc-flashcards',
  card: 'spoc-card',
  cardFront: 'spoc-card-front',
  cardTitle: 'spoc-card-title',
  cardHint: 'spoc-card-hint',
  /** `<div class="spoc-process" role="group" aria-label><ol><li class="spoc-panel" id hidden><h2 class="spoc-panel-title"><span class="spoc-step-number">Étape 1 sur 3</span> title</h2>…</li></ol><div class="spoc-step-nav"><button data-spoc-step="-1" aria-disabled>…</button><p role="status">…</p><button data-spoc-step="1">…</button></div></div>` */
  process: 'spoc-process',
  stepNumber: 'spoc-step-number',
  stepNav: 'spoc-step-nav',
  /** `<ol class="spoc-timeline" aria-label><li class="spoc-panel"><h2 class="spoc-panel-title">date</h2>…</li></ol>` */
  timeline: 'spoc-timeline',
  /** `<div class="spoc-graphic" role="group" aria-label><div class="spoc-graphic-stage"><img alt><button class="spoc-hotspot" style="left:x%;top:y%" aria-expanded aria-controls aria-label>1</button>…</div><div class="spoc-panel" role="region" hidden><h2 class="spoc-panel-title">…</h2>…</div>…</div>` */
  graphic: 'spoc-graphic',
  graphicStage: 'spoc-graphic-stage',
  hotspot: 'spoc-hotspot',
  /** Review pack (and no-script) reading of accordion, tabs, flashcards and process: `<div class="spoc-panels" role="group" aria-label><section class="spoc-panel"><h3 class="spoc-panel-title">…` */
  panelGroup: 'spoc-panels',
  /** `<section class="spoc-scenario" aria-labelledby data-spoc-scenario="id" data-spoc-required data-spoc-chosen="Votre choix : {{label}}"><h2 class="spoc-block-title">…</h2><p class="spoc-scenario-feedback" role="status"></p>`
   * then per situation `<div class="spoc-situation" data-spoc-situation="id" hidden><h3 tabindex="-1">…</h3>…<div class="spoc-choices" role="group"><button data-spoc-choice="0" data-spoc-next="id" data-spoc-feedback="…">…</button></div></div>`;
   * an end has `<p class="spoc-scenario-end">…</p><button data-spoc-restart>…</button>` instead of choices. */
  scenario: 'spoc-scenario',
  situation: 'spoc-situation',
  scenarioChoices: 'spoc-choices',
  scenarioFeedback: 'spoc-scenario-feedback',
  scenarioEnd: 'spoc-scenario-end',
  /** Review pack only: `<div class="spoc-review-block" data-spoc-path="3" data-spoc-type="paragraph">` around each top-level block. */
  reviewBlock: 'spoc-review-block',
} as const;

/** Modifier class of a callout's tone: `spoc-callout--info`. */
export function calloutToneClass(tone: 'info' | 'key' | 'warning'): string {
  return `${CONTENT_CLASS.callout}--${tone}`;
}

/** Modifier class of an activity's mode: `spoc-activity--offline`. */
export function activityModeClass(mode: 'offline' | 'synchronous'): string {
  return `${CONTENT_CLASS.activity}--${mode}`;
}
