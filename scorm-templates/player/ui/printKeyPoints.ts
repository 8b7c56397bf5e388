import { el } from './createElement';
import type { Translate } from './translate';

const PRINTING_CLASS = 'spoc-printing-key-points';

/**
 * A button printing the capsule's "à retenir" boxes alone, as a sheet to keep (the print stylesheet
 * hides the rest while the body carries PRINTING_CLASS); null when the capsule has none.
 */
export function keyPointsPrintButton(content: HTMLElement, t: Translate): HTMLElement | null {
  if (!content.querySelector('.spoc-key-points')) return null;
  return el(
    'button',
    {
      type: 'button',
      class: 'spoc-button spoc-button--secondary spoc-print-button',
      onclick: () => {
        document.body.classList.add(PRINTING_CLASS);
        window.addEventListener('afterprint', () => document.body.classList.remove(PRINTING_CLASS), { once: true });
        window.print();
      },
    },
    t('printKeyPoints'),
  );
}
