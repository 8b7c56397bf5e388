import { NodeViewWrapper } from '@tiptap/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { Icon } from '../../../ui/Icon';

interface BlockFrameProps {
  /** The node name (BLOCK.*), used for the class and the test id. */
  block: string;
  label: string;
  /** A variant class, e.g. the callout's tone. */
  variant?: string;
  /** Extra facts beside the label (a speaking time, a tone). */
  aside?: ReactNode;
  selected: boolean;
  onRemove(): void;
  children: ReactNode;
}

/** The labelled card every course block sits in, with its remove button. */
export function BlockFrame({ block, label, variant, aside, selected, onRemove, children }: BlockFrameProps) {
  const { t } = useTranslation();
  return (
    <NodeViewWrapper className={['block', `block--${block}`, variant && `block--${variant}`, selected && 'block--selected'].filter(Boolean).join(' ')} data-testid={`block-${block}`}>
      <div className="block__header" contentEditable={false}>
        <span className="block__label">{label}</span>
        {aside}
        {/* Two steps, so a stray key press never deletes a block and its content. */}
        <ConfirmButton className="icon-button block__remove" ariaLabel={`${t('editor:removeBlock')} (${label})`} title={t('editor:removeBlock')} question={t('editor:removeBlockQuestion', { label })} onConfirm={onRemove}>
          <Icon name="close" size={15} />
        </ConfirmButton>
      </div>
      {children}
    </NodeViewWrapper>
  );
}
