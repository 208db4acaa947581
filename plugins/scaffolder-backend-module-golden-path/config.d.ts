export interface Config {
  goldenPath?: {
    /**
     * The folder that holds the git repositories the golden paths create in
     * the embedded default, one work tree per service. Relative paths are
     * resolved against the backend's working directory.
     */
    localRepositories?: string;
    /** Where golden paths publish new services. */
    publish?: {
      /** `local` (the default): under localRepositories; `github`: a new GitHub repository. */
      target?: 'local' | 'github';
      github?: {
        /** The organisation or user that owns the new repositories. */
        owner: string;
        /** A host configured under integrations.github; default github.com. */
        host?: string;
        /** private (the default), internal or public. */
        visibility?: 'private' | 'internal' | 'public';
      };
    };
  };
}
