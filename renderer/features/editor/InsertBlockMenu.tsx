import type { Editor } from '@tiptap/core';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newBlockContent, type InsertableBlock } from '../../../shared/editor/newBlockContent';
import { BLOCK } from '../../../shared/model/blocks';
import { Icon } from '../../ui/Icon';

const INSERTABLE: readonly InsertableBlock[] = [
  BLOCK.image,
  BLOCK.video,
  BLOCK.audio,
  BLOCK.resource,
  BLOCK.callout,
  BLOCK.keyPoints,
  BLOCK.activityInstructions,
  BLOCK.accordion,
  BLOCK.tabs,
  BLOCK.flashcards,
  BLOCK.process,
  BLOCK.timeline,
  BLOCK.labeledGraphic,
  BLOCK.scenario,
  BLOCK.videoScript,
];

/** "Insérer un bloc ▾": a menu button (arrows, Home/End, Escape) that inserts one of our blocks at the cursor. */
export function InsertBlockMenu({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const items = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    if (open) items()[0]?.focus();
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const insert = (block: InsertableBlock) => {
    setOpen(false);
    // Now, not at the next frame as the focus command does: keys typed right after Enter go into the new block.
    editor.view.focus();
    editor.chain().focus().insertContent(newBlockContent(block)).run();
    const { selection, doc } = editor.state;
    if (selection.$from.parent.isTextblock) return;
    // After a media block the cursor waits in the paragraph below, so the next insert cannot replace the block.
    const after = selection.to;
    if (doc.nodeAt(after)?.isTextblock) editor.commands.setTextSelection(after + 1);
    else editor.chain().insertContentAt(after, { type: 'paragraph' }).setTextSelection(after + 1).run();
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = items();
    const index = all.indexOf(document.activeElement as HTMLButtonElement);
    const target =
      event.key === 'ArrowDown' ? all[(index + 1) % all.length]
      : event.key === 'ArrowUp' ? all[(index - 1 + all.length) % all.length]
      : event.key === 'Home' ? all[0]
      : event.key === 'End' ? all[all.length - 1]
      : undefined;
    if (target) {
      event.preventDefault();
      target.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      close(true);
    }
  };

  return (
    <div className="insert-menu">
      <button
        ref={button}
        type="button"
        className="button button--small insert-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        <Icon name="plus" size={15} />
        {t('editor:insert')}
      </button>
      {open && (
        <ul
          ref={menu}
          className="insert-menu__list"
          role="menu"
          aria-label={t('editor:insert')}
          onKeyDown={onMenuKeyDown}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget) && event.relatedTarget !== button.current) close(false);
          }}
        >
          {INSERTABLE.map((block) => (
            <li key={block} role="none">
              <button type="button" role="menuitem" tabIndex={-1} className="insert-menu__item" onClick={() => insert(block)}>
                {t(`editor:block.${block}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
