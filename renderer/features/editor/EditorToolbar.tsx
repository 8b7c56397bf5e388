import type { Editor } from '@tiptap/core';
import type {} from '@tiptap/extension-table'; // brings the table commands' types
import { useEditorState } from '@tiptap/react';
import type {} from '@tiptap/starter-kit'; // brings the text commands' types
import { memo, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorGlyph } from './EditorGlyph';
import { InsertBlockMenu } from './InsertBlockMenu';
import { LinkForm } from './LinkForm';
import { ToolbarButton } from './ToolbarButton';

/** Moves focus between the toolbar's controls with the arrow keys (WAI-ARIA toolbar). */
const CONTROLS = '.toolbar__button:not(:disabled), .insert-menu__button';

/**
 * Roving tabindex: the toolbar is one tab stop (the control last used, else the first); arrows move
 * within it. Applied after each render, since controls come and go (table tools, disabled ones).
 */
function keepOneTabStop(toolbar: HTMLElement, current: Element | null) {
  const controls = [...toolbar.querySelectorAll<HTMLButtonElement>(CONTROLS)];
  const stop = controls.find((control) => control === current) ?? controls[0];
  for (const control of toolbar.querySelectorAll<HTMLButtonElement>('.toolbar__button, .insert-menu__button')) control.tabIndex = control === stop ? 0 : -1;
}

function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
  if (!(event.target instanceof HTMLButtonElement)) return;
  const controls = [...event.currentTarget.querySelectorAll<HTMLButtonElement>(CONTROLS)];
  const index = controls.indexOf(event.target);
  const next = controls[(index + (event.key === 'ArrowRight' ? 1 : -1) + controls.length) % controls.length];
  event.preventDefault();
  if (!next) return;
  keepOneTabStop(event.currentTarget, next);
  next.focus();
}

/**
 * Text formatting (headings, emphasis, lists, links, tables) and the insert-block menu. It follows the
 * editor's state by itself, so the editor's own re-renders (each save's new estimate) leave it alone.
 */
export const EditorToolbar = memo(EditorToolbarContent);

function EditorToolbarContent({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const [editingLink, setEditingLink] = useState(false);
  const toolbar = useRef<HTMLDivElement>(null);
  const lastUsed = useRef<Element | null>(null);
  useLayoutEffect(() => {
    if (toolbar.current) keepOneTabStop(toolbar.current, lastUsed.current);
  });
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      paragraph: current.isActive('paragraph'),
      heading2: current.isActive('heading', { level: 2 }),
      heading3: current.isActive('heading', { level: 3 }),
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      link: current.isActive('link'),
      inTable: current.isActive('table'),
      href: String(current.getAttributes('link').href ?? ''),
    }),
  });
  const run = () => editor.chain().focus();

  return (
    <div className="editor-toolbar-wrap">
      <div
        ref={toolbar}
        className="editor-toolbar"
        role="toolbar"
        aria-label={t('editor:toolbar')}
        onKeyDown={moveFocus}
        onFocus={(event) => {
          if (!event.target.matches(CONTROLS)) return;
          lastUsed.current = event.target;
          keepOneTabStop(event.currentTarget, event.target);
        }}
      >
        <div className="toolbar__group">
          <ToolbarButton label={t('editor:paragraph')} pressed={active.paragraph} onClick={() => run().setParagraph().run()}>
            ¶
          </ToolbarButton>
          <ToolbarButton label={`H2 ${t('editor:heading2')}`} shortcut="Ctrl+Alt+2" pressed={active.heading2} onClick={() => run().toggleHeading({ level: 2 }).run()}>
            H2
          </ToolbarButton>
          <ToolbarButton label={`H3 ${t('editor:heading3')}`} shortcut="Ctrl+Alt+3" pressed={active.heading3} onClick={() => run().toggleHeading({ level: 3 }).run()}>
            H3
          </ToolbarButton>
        </div>
        <div className="toolbar__group">
          <ToolbarButton label={t('editor:bold')} shortcut="Ctrl+B" pressed={active.bold} onClick={() => run().toggleBold().run()}>
            <strong>B</strong>
          </ToolbarButton>
          <ToolbarButton label={t('editor:italic')} shortcut="Ctrl+I" pressed={active.italic} onClick={() => run().toggleItalic().run()}>
            <em className="toolbar__italic">I</em>
          </ToolbarButton>
          <ToolbarButton label={t('editor:link')} pressed={active.link} onClick={() => setEditingLink(!editingLink)}>
            <EditorGlyph name="link" />
          </ToolbarButton>
        </div>
        <div className="toolbar__group">
          <ToolbarButton label={t('editor:bulletList')} shortcut="Ctrl+Shift+8" pressed={active.bulletList} onClick={() => run().toggleBulletList().run()}>
            <EditorGlyph name="bulletList" />
          </ToolbarButton>
          <ToolbarButton label={t('editor:orderedList')} shortcut="Ctrl+Shift+7" pressed={active.orderedList} onClick={() => run().toggleOrderedList().run()}>
            <EditorGlyph name="orderedList" />
          </ToolbarButton>
        </div>
        <div className="toolbar__group">
          <ToolbarButton label={t('editor:table')} pressed={active.inTable} onClick={() => run().insertTable({ rows: 3, cols: 2, withHeaderRow: true }).run()}>
            <EditorGlyph name="table" />
          </ToolbarButton>
          {active.inTable && (
            <>
              <ToolbarButton label={t('editor:table.addRow')} onClick={() => run().addRowAfter().run()}>
                <EditorGlyph name="addRow" />
              </ToolbarButton>
              <ToolbarButton label={t('editor:table.addColumn')} onClick={() => run().addColumnAfter().run()}>
                <EditorGlyph name="addColumn" />
              </ToolbarButton>
              <ToolbarButton label={t('editor:table.delete')} onClick={() => run().deleteTable().run()}>
                <EditorGlyph name="deleteTable" />
              </ToolbarButton>
            </>
          )}
        </div>
        <InsertBlockMenu editor={editor} />
      </div>
      {editingLink && (
        <LinkForm
          initialHref={active.href}
          onApply={(href) => {
            setEditingLink(false);
            run().extendMarkRange('link').setLink({ href }).run();
          }}
          onRemove={() => {
            setEditingLink(false);
            run().extendMarkRange('link').unsetLink().run();
          }}
          onClose={() => {
            setEditingLink(false);
            editor.commands.focus();
          }}
        />
      )}
    </div>
  );
}
