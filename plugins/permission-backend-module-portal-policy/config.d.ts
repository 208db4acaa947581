export interface Config {
  permission?: {
    /**
     * The groups whose members may accept or reject proposed ADRs.
     * Defaults to group:default/architects.
     */
    adrReviewerGroups?: string[];
  };
}
