import { frenchTypography } from '../../../shared/i18n/frenchTypography';

/** French text as the app shows it (no-break spaces before « : ; ! ? % », inside « »): write expectations naturally, compare them typeset. */
export const fr = frenchTypography;
