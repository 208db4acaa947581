import { HarnessFailure } from '../HarnessFailure';

/** What ends a boot proof: one failure, reported as the checks report theirs. */
export class ProofFailure extends Error {
  constructor(readonly failure: HarnessFailure) {
    super(failure.message);
  }
}

export const fail = (
  check: string,
  message: string,
  file?: string,
  line?: number,
): never => {
  throw new ProofFailure({ check: `boot ${check}`, message, file, line });
};
