import { Dockerfile, stageInstructions } from './dockerfileStages';

/** The user the image runs as: the last USER of its final stage. */
export interface ImageUser {
  /** As written: `app`, `10001:10001`. */
  user: string;
  line: number;
  root: boolean;
  /** A numeric user id, which Kubernetes can check is not root. */
  numeric: boolean;
}

/** The image's USER; undefined when its final stage sets none (it runs as root). */
export function imageUser(dockerfile: Dockerfile): ImageUser | undefined {
  const users = stageInstructions(dockerfile.final).filter(
    i => i.keyword === 'USER' && i.args.length > 0,
  );
  const last = users[users.length - 1];
  if (!last) return undefined;
  const user = last.args[0];
  return {
    user,
    line: last.line,
    root: /^(root|0+)(:|$)/.test(user),
    numeric: /^\d+(:|$)/.test(user),
  };
}
