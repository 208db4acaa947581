export interface Config {
  goldenPath?: {
    /**
     * The folder that holds the git repositories the golden paths create in
     * the embedded default, one work tree per service. Relative paths are
     * resolved against the backend's working directory.
     */
    localRepositories?: string;
  };
}
