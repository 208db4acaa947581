export interface Config {
  permission?: {
    /**
     * The architects: they manage fitness waivers and may ask for a fitness
     * rescan of any entity. Defaults to group:default/architects.
     */
    architectGroups?: string[];
    /**
     * The groups whose members may accept or reject proposed ADRs.
     * Defaults to permission.architectGroups.
     */
    adrReviewerGroups?: string[];
    /**
     * The groups that own the templates: their members (and the architects)
     * may dry-run and edit templates. Defaults to permission.architectGroups.
     */
    templateOwnerGroups?: string[];
  };
}
