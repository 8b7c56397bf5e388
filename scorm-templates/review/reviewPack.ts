// The review pack's script: inlined in the pack, dependency-free, offline. It adds the comment
// controls to the server-rendered course, keeps the reviewer's work in browser storage and saves
// the .spocreview file. Everything the reviewer types is inserted as text, never as HTML.
import type { ReviewAnchor, SignoffDecision } from '../../shared/model/review';
import { REVIEW_PACK_DATA_ID, type ReviewPackData } from '../../shared/review/reviewPackData';
import { el } from '../player/ui/createElement';
import { formatMessage, type MessageParams } from '../../shared/i18n/formatMessage';

interface StoredComment {
  id: string;
  anchor: ReviewAnchor;
  text: string;
  createdAt: string;
}

interface StoredReview {
  comments: StoredComment[];
  signoffs: Record<string, { decision: SignoffDecision; decidedAt: string }>;
}

const data = JSON.parse(document.getElementById(REVIEW_PACK_DATA_ID)?.textContent ?? 'null') as ReviewPackData;

function s(key: string, params: MessageParams = {}): string {
  return formatMessage(data.strings, data.language, key, params);
}

function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Browser storage, which a locked-down browser may refuse: the review then lives only in the page. */
const storage = {
  available: true,
  get(key: string): string | null {
    try {
      return window.localStorage.getItem(key);
    } catch {
      this.available = false;
      return null;
    }
  },
  set(key: string, value: string | null): void {
    try {
      if (value === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, value);
    } catch {
      this.available = false;
    }
  },
};

// '#' keeps these apart from the reviews, which are keyed by a name after ':'.
const reviewerKey = `${data.storageKey}#reviewer`;
// The name given in an earlier round of the same course is offered again.
const courseReviewerKey = `${data.courseStorageKey}#reviewer`;
const reviewKey = (name: string) => `${data.storageKey}:${name.trim()}`;
let reviewer = storage.get(reviewerKey) ?? storage.get(courseReviewerKey) ?? '';
const review = load(reviewer);

function load(name: string): StoredReview {
  try {
    const parsed = JSON.parse(storage.get(reviewKey(name)) ?? 'null') as StoredReview | null;
    if (parsed && Array.isArray(parsed.comments) && typeof parsed.signoffs === 'object') return parsed;
  } catch {
    // A damaged entry is replaced by an empty review rather than breaking the page.
  }
  return { comments: [], signoffs: {} };
}

function persist(): void {
  storage.set(reviewerKey, reviewer);
  if (reviewer) storage.set(courseReviewerKey, reviewer);
  storage.set(reviewKey(reviewer), JSON.stringify(review));
  countText.textContent = s('commentCount', { count: review.comments.filter((comment) => comment.anchor.kind !== 'course').length });
  if (!storage.available) status.textContent = s('storageUnavailable');
}

// ---- Header: the reviewer's name and "Send my review" ----
const nameInput = el('input', { type: 'text', id: 'rv-reviewer', autocomplete: 'name', maxlength: '100' });
nameInput.value = reviewer;
const countText = el('span', { class: 'rv-count' });
const status = el('p', { class: 'rv-status-line', role: 'status' });
const sendButton = el('button', { type: 'button', class: 'spoc-button', title: s('sendHelp'), onclick: () => send() }, s('send'));
nameInput.addEventListener('change', () => {
  const next = nameInput.value.trim();
  if (next === reviewer) return;
  // The work typed so far follows the name it is sent under.
  storage.set(reviewKey(reviewer), null);
  reviewer = next;
  persist();
});
document.getElementById('rv-actions')?.append(el('label', { for: 'rv-reviewer', class: 'rv-label' }, s('reviewerLabel')), nameInput, sendButton, countText, status);

// ---- Comment threads, forms and buttons ----
type Target = { anchor: ReviewAnchor; thread: HTMLElement; label: string };

const threads = new Map<string, HTMLElement>();
const threadKey = (anchor: ReviewAnchor): string => {
  switch (anchor.kind) {
    case 'course':
      return 'course';
    case 'module':
      return `module:${anchor.moduleId}`;
    case 'capsule':
      return `capsule:${anchor.capsuleId}`;
    case 'block':
      return `block:${anchor.capsuleId}:${anchor.path}`;
    case 'quote':
      return anchor.path !== null && threads.has(`block:${anchor.capsuleId}:${anchor.path}`) ? `block:${anchor.capsuleId}:${anchor.path}` : `capsule:${anchor.capsuleId}`;
    case 'question':
      return `question:${anchor.questionId}`;
    case 'option':
      return `option:${anchor.optionId}`;
  }
};

function renderThreads(): void {
  for (const thread of threads.values()) thread.replaceChildren();
  for (const comment of review.comments) {
    if (comment.anchor.kind === 'course') continue;
    threads.get(threadKey(comment.anchor))?.append(commentCard(comment));
  }
}

function commentCard(comment: StoredComment): HTMLElement {
  const card = el('div', { class: 'rv-comment', 'data-comment-id': comment.id });
  const quote = comment.anchor.kind === 'quote' ? el('blockquote', { class: 'rv-quote' }, s('quoted', { text: comment.anchor.quote.text })) : null;
  card.append(
    ...(quote ? [quote] : []),
    el('p', { class: 'rv-comment__text' }, comment.text),
    el(
      'div',
      { class: 'rv-comment__actions' },
      el('button', { type: 'button', class: 'rv-link', onclick: () => openForm(card, comment.anchor, comment) }, s('edit')),
      el('button', {
        type: 'button',
        class: 'rv-link',
        onclick: () => {
          review.comments = review.comments.filter((candidate) => candidate.id !== comment.id);
          persist();
          renderThreads();
        },
      }, s('delete')),
    ),
  );
  return card;
}

function openForm(place: HTMLElement, anchor: ReviewAnchor, editing?: StoredComment): void {
  document.querySelector('.rv-form')?.remove();
  const textarea = el('textarea', { rows: '3', maxlength: '10000', id: 'rv-comment-text' });
  textarea.value = editing?.text ?? '';
  const form = el(
    'form',
    { class: 'rv-form' },
    anchor.kind === 'quote' ? el('blockquote', { class: 'rv-quote' }, s('quoted', { text: anchor.quote.text })) : null,
    el('label', { for: 'rv-comment-text' }, s('commentLabel')),
    textarea,
    el('div', { class: 'rv-form__actions' }, el('button', { type: 'submit', class: 'spoc-button' }, s('save')), el('button', { type: 'button', class: 'spoc-button spoc-button--secondary', onclick: () => form.remove() }, s('cancel'))),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = textarea.value.trim();
    if (!text) return;
    if (editing) editing.text = text;
    else review.comments.push({ id: newId(), anchor, text, createdAt: new Date().toISOString() });
    form.remove();
    persist();
    renderThreads();
  });
  place.insertAdjacentElement('afterend', form);
  textarea.focus();
}

function commentButton(target: () => Target): HTMLButtonElement {
  const button = el('button', { type: 'button', class: 'rv-add' }, s('comment'));
  button.addEventListener('click', () => {
    const { anchor, thread } = target();
    openForm(thread, anchor);
  });
  return button;
}

function addTarget(host: HTMLElement, key: string, anchor: ReviewAnchor, label: string, threadPlace: (thread: HTMLElement) => void): void {
  const thread = el('div', { class: 'rv-thread', 'aria-live': 'polite' });
  threadPlace(thread);
  threads.set(key, thread);
  const button = commentButton(() => ({ anchor, thread, label }));
  button.setAttribute('aria-label', s('commentOn', { target: label }));
  host.append(button);
}

/** A block's words as the reviewer saw them (a script row's cells joined), to show the comment when its place is gone. */
const excerptOf = (element: Element) =>
  (element.tagName === 'TR' ? Array.from(element.children, (cell) => cell.textContent ?? '').join(' / ') : (element.textContent ?? '')).replace(/\s+/g, ' ').trim().slice(0, 300);

for (const capsule of document.querySelectorAll<HTMLElement>('[data-capsule-id].rv-capsule')) {
  const capsuleId = capsule.dataset.capsuleId ?? '';
  const head = capsule.querySelector<HTMLElement>('.rv-capsule__head');
  if (!head) continue;
  addTarget(head, `capsule:${capsuleId}`, { kind: 'capsule', capsuleId }, s('targetCapsule', { title: capsule.dataset.capsuleTitle ?? '' }), (thread) => head.after(thread));
  for (const block of capsule.querySelectorAll<HTMLElement>('[data-spoc-path]')) {
    const path = block.dataset.spocPath ?? '';
    const anchor: ReviewAnchor = { kind: 'block', capsuleId, path, blockType: block.dataset.spocType ?? '', excerpt: excerptOf(block) };
    if (block.tagName === 'TR') {
      // A script row keeps its two columns: the button goes in its last cell, the thread in a row below.
      const cell = block.lastElementChild as HTMLElement | null;
      if (!cell) continue;
      addTarget(cell, `block:${capsuleId}:${path}`, anchor, s('targetBlock'), (thread) => block.after(el('tr', { class: 'rv-thread-row' }, el('td', { colspan: '2' }, thread))));
    } else {
      addTarget(block, `block:${capsuleId}:${path}`, anchor, s('targetBlock'), (thread) => block.after(thread));
    }
  }
  for (const question of capsule.querySelectorAll<HTMLElement>('.rv-question')) {
    const questionId = question.dataset.questionId ?? '';
    const prompt = question.querySelector<HTMLElement>('.rv-question__prompt') ?? question;
    addTarget(prompt, `question:${questionId}`, { kind: 'question', capsuleId, questionId, excerpt: excerptOf(prompt) }, s('targetQuestion'), (thread) => question.append(thread));
    for (const option of question.querySelectorAll<HTMLElement>('.rv-option')) {
      const optionId = option.dataset.optionId ?? '';
      addTarget(option, `option:${optionId}`, { kind: 'option', capsuleId, questionId, optionId, excerpt: excerptOf(option.querySelector('.rv-option__text') ?? option) }, s('targetOption'), (thread) => option.append(thread));
    }
  }
}

// ---- Quoting a selected passage ----
let pendingQuote: { capsuleId: string; path: string | null; text: string; block: Element; capsule: HTMLElement } | null = null;
const quoteButton = el('button', { type: 'button', class: 'spoc-button' }, s('commentQuote'));
const quotePreview = el('span', { class: 'rv-quote-bar__text' });
const quoteBar = el('div', { class: 'rv-quote-bar', hidden: true }, quotePreview, quoteButton);
document.body.append(quoteBar);
document.addEventListener('selectionchange', () => {
  const selection = document.getSelection();
  const text = selection && !selection.isCollapsed ? selection.toString().replace(/\s+/g, ' ').trim() : '';
  const start = selection?.anchorNode instanceof Element ? selection.anchorNode : selection?.anchorNode?.parentElement;
  const content = start?.closest('.spoc-content');
  const capsule = content?.closest<HTMLElement>('.rv-capsule');
  if (!text || !content || !capsule) {
    // Clicking the bar's button clears the selection first: keep what was selected until then.
    if (!quoteBar.contains(document.activeElement)) quoteBar.hidden = true;
    return;
  }
  const block = start?.closest('[data-spoc-path]') ?? content;
  pendingQuote = { capsuleId: capsule.dataset.capsuleId ?? '', path: block.getAttribute('data-spoc-path'), text: text.slice(0, 2000), block, capsule };
  quotePreview.textContent = s('quoted', { text: text.length > 80 ? `${text.slice(0, 80)}…` : text });
  quoteBar.hidden = false;
});
quoteButton.addEventListener('mousedown', (event) => event.preventDefault());
quoteButton.addEventListener('click', () => {
  if (!pendingQuote) return;
  const { capsuleId, path, text, block, capsule } = pendingQuote;
  const blockText = (block.textContent ?? '').replace(/\s+/g, ' ');
  const at = blockText.indexOf(text);
  const quote = { text, prefix: at > 0 ? blockText.slice(Math.max(0, at - 60), at) : '', suffix: at >= 0 ? blockText.slice(at + text.length, at + text.length + 60) : '' };
  const thread = threads.get(path !== null ? `block:${capsuleId}:${path}` : `capsule:${capsuleId}`) ?? threads.get(`capsule:${capsuleId}`) ?? capsule;
  quoteBar.hidden = true;
  openForm(thread, { kind: 'quote', capsuleId, path, quote });
});

// ---- Module sign-offs ----
for (const place of document.querySelectorAll<HTMLElement>('[data-signoff-for]')) {
  const moduleId = place.dataset.signoffFor ?? '';
  const title = data.modules.find((module) => module.id === moduleId)?.title ?? '';
  const buttons = (['approved', 'changes-requested'] as const).map((decision) =>
    el('button', { type: 'button', class: `rv-toggle rv-toggle--${decision}`, 'data-decision': decision }, s(decision === 'approved' ? 'approved' : 'changesRequested')),
  );
  const show = () => buttons.forEach((button) => button.setAttribute('aria-pressed', String(review.signoffs[moduleId]?.decision === button.dataset.decision)));
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const decision = button.dataset.decision as SignoffDecision;
      if (review.signoffs[moduleId]?.decision === decision) delete review.signoffs[moduleId];
      else review.signoffs[moduleId] = { decision, decidedAt: new Date().toISOString() };
      persist();
      show();
    });
  }
  show();
  place.append(el('div', { class: 'rv-signoff__group', role: 'group', 'aria-label': `${s('signoffLabel')} · ${title}` }, el('span', { class: 'rv-label' }, s('signoffLabel')), ...buttons));
}

// ---- Overall note ----
const note = el('textarea', { rows: '4', id: 'rv-note-text', maxlength: '10000' });
note.value = review.comments.find((comment) => comment.anchor.kind === 'course')?.text ?? '';
note.addEventListener('input', () => {
  const text = note.value;
  const existing = review.comments.find((comment) => comment.anchor.kind === 'course');
  if (existing) existing.text = text;
  else review.comments.push({ id: newId(), anchor: { kind: 'course' }, text, createdAt: new Date().toISOString() });
  persist();
});
document.querySelector('[data-rv-note]')?.append(el('label', { for: 'rv-note-text', class: 'rv-sr-only' }, s('noteTitle')), note);

// ---- Sending ----
function send(): void {
  const name = nameInput.value.trim();
  if (!name) {
    status.textContent = s('nameNeeded');
    nameInput.focus();
    return;
  }
  if (name !== reviewer) nameInput.dispatchEvent(new Event('change'));
  const file = {
    format: 'spoc-review',
    version: 1,
    courseId: data.courseId,
    courseTitle: data.courseTitle,
    roundId: data.roundId,
    roundNumber: data.roundNumber,
    reviewer: name,
    sentAt: new Date().toISOString(),
    comments: review.comments.filter((comment) => comment.text.trim() !== ''),
    signoffs: Object.entries(review.signoffs).map(([moduleId, signoff]) => ({ moduleId, ...signoff })),
  };
  const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 1)], { type: 'application/json' }));
  const safe = (text: string) => text.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '-').trim().slice(0, 80);
  const link = el('a', { href: url, download: `${safe(data.courseTitle)} - ${data.roundNumber} - ${safe(name)}.spocreview`, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  status.textContent = s('sent');
}

persist();
renderThreads();
