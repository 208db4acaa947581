import { Link } from '@backstage/core-components';
import { ReactNode } from 'react';

/** A link where there is somewhere to go; the text alone where there is not (no docs route bound, say). */
export function OptionalLink(props: { to?: string; children: ReactNode }) {
  return props.to ? (
    <Link to={props.to}>{props.children}</Link>
  ) : (
    <>{props.children}</>
  );
}
