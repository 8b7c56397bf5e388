import { NodeViewWrapper } from '@tiptap/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
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
        <button type="button" className="icon-button block__remove" aria-label={`${t('editor:removeBlock')} (${label})`} title={t('editor:removeBlock')} onClick={onRemove}>
          <Icon name="close" size={15} />
        </button>
      </div>
      {children}
    </NodeViewWrapper>
  );
}
