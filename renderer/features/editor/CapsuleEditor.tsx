import { EditorContent, useEditor } from '@tiptap/react';
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Capsule } from '../../../shared/model/course';
import { estimateCapsuleMinutes } from '../../../shared/model/durations';
import type { RichTextDoc } from '../../../shared/model/richText';
import { CapsuleKindIcon } from '../outline/CapsuleKindIcon';
import { CapsuleBreadcrumb } from './CapsuleBreadcrumb';
import { DurationBar } from './DurationBar';
import { editorExtensions } from './editorExtensions';
import { EditorToolbar } from './EditorToolbar';
import { useCapsuleAutosave } from './useCapsuleAutosave';

interface CapsuleEditorProps {
  /** The capsule as loaded; its content seeds the editor once (the editor owns it from then on). */
  capsule: Capsule;
  questionCount: number;
}

/**
 * One capsule's rich text with our course blocks, saved as JSON while the designer types. Each save
 * hands back the capsule with its new content; the editor owns its content, so it re-renders only when
 * what it shows of the capsule changes.
 */
export const CapsuleEditor = memo(CapsuleEditorContent, (before, after) => {
  const [a, b] = [before.capsule, after.capsule];
  return before.questionCount === after.questionCount && a.id === b.id && a.title === b.title && a.kind === b.kind && a.minutesOverride === b.minutesOverride;
});

function CapsuleEditorContent({ capsule, questionCount }: CapsuleEditorProps) {
  const { t } = useTranslation();
  const [estimateMinutes, setEstimateMinutes] = useState(() => estimateCapsuleMinutes(capsule, questionCount));
  // useEditor compares its options on every render and, when one differs, resets the view's props
  // (a whole view update): the options keep their identity, so a save's re-render leaves the editor alone.
  const [content] = useState(() => capsule.content);
  const contentLabel = t('editor:contentLabel', { title: capsule.title });
  const editorProps = useMemo(
    () => ({
      attributes: {
        class: 'capsule-content',
        // Authors may write right-to-left (Arabic, Hebrew): the browser picks the direction from the text.
        dir: 'auto',
        'aria-label': contentLabel,
        'data-testid': 'capsule-content',
      },
    }),
    [contentLabel],
  );
  const editor = useEditor({
    extensions: editorExtensions,
    content,
    shouldRerenderOnTransaction: false,
    editorProps,
  });
  // Opened with Enter from the outline: the designer can type at once, caret at the start. Not TipTap's
  // `autofocus`: its timer starts when the editor is created, during React's render, and on a busy machine
  // it fires before React has put that editor in the page (or for an instance React threw away), so the
  // focus went to a detached element and was lost. An effect runs once the editor is in the page; an
  // instance useEditor has already replaced is skipped, the effect runs again for its successor.
  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.view.focus();
  }, [editor]);
  const onWrite = useCallback((doc: RichTextDoc) => setEstimateMinutes(estimateCapsuleMinutes({ content: doc }, questionCount)), [questionCount]);
  useCapsuleAutosave(editor, capsule.id, onWrite);

  return (
    <div className="capsule-editor">
      <CapsuleBreadcrumb capsuleId={capsule.id} title={capsule.title} />
      <header className="capsule-editor__header">
        <h1 className="capsule-editor__title">
          <CapsuleKindIcon kind={capsule.kind} />
          <span dir="auto">{capsule.title}</span>
        </h1>
        <DurationBar estimateMinutes={estimateMinutes} overrideMinutes={capsule.minutesOverride} />
      </header>
      {editor && <EditorToolbar editor={editor} />}
      <div className="capsule-editor__page">
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}
