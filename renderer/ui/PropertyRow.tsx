import type { ReactNode } from 'react';

/** One "name: value" row of the properties panel; pass htmlFor when the value is a field. */
export function PropertyRow({ name, htmlFor, children }: { name: string; htmlFor?: string; children: ReactNode }) {
  return (
    <div className="props__row">
      <dt>{htmlFor ? <label htmlFor={htmlFor}>{name}</label> : name}</dt>
      <dd>{children}</dd>
    </div>
  );
}
